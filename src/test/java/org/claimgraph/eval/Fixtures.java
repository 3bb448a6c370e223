package org.claimgraph.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.annotate.Span;
import org.claimgraph.extract.Actor;
import org.claimgraph.extract.ActorType;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.Place;

/** Small helpers to build hand-made spans and attributions by quoting the text. */
final class Fixtures {
    private Fixtures() {}

    /** The span of the first occurrence of {@code part} in {@code text}. */
    static Span at(String text, String part) {
        return at(text, part, 0);
    }

    /** The span of the first occurrence of {@code part} at or after {@code from}. */
    static Span at(String text, String part, int from) {
        int i = text.indexOf(part, from);
        if (i < 0) {
            throw new IllegalArgumentException("'" + part + "' not in test text");
        }
        return new Span(i, i + part.length());
    }

    /** One span per quoted piece (pieces searched left to right), or no span for no pieces. */
    static List<Span> spans(String text, String... parts) {
        List<Span> out = new ArrayList<>();
        int from = 0;
        for (String p : parts) {
            Span s = at(text, p, from);
            out.add(s);
            from = s.end();
        }
        return out;
    }

    static GoldAttribution gold(String text, String source, String cue, String content) {
        return GoldAttribution.spans(source == null ? List.of() : spans(text, source), spans(text, cue),
                spans(text, content));
    }

    static Attribution pred(List<Span> source, List<Span> cue, List<Span> content) {
        return new Attribution(source, cue, content, null, "say", false, List.of(), null, 0.9);
    }

    static Attribution pred(String text, String source, String cue, String content) {
        return pred(source == null ? List.of() : spans(text, source), spans(text, cue), spans(text, content));
    }

    static Attribution pred(String text, String source, String cue, String content, String speaker,
                            String wikidata, List<String> places, LocalDate date) {
        List<Place> pl = new ArrayList<>();
        for (String p : places) {
            pl.add(new Place(p, "city", null, null, null, null));
        }
        return new Attribution(source == null ? List.of() : spans(text, source), spans(text, cue),
                spans(text, content), speaker == null ? null : new Actor(speaker, ActorType.PERSON, null, null, wikidata),
                "say", false, pl, date, 0.9);
    }
}
