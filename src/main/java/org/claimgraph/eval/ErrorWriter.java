package org.claimgraph.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.claimgraph.annotate.Span;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.Place;

/**
 * Writes what went wrong, one JSON object per line, in article then text order, so a developer
 * can read each error in its sentence. Kinds: "missed" (gold attribution no prediction matched),
 * "spurious" (prediction matching no gold), "matched-wrong" (matched, but a judged field is wrong;
 * the "wrong" array names the fields), "extraction-failed" (the extractor threw).
 */
public final class ErrorWriter {
    private static final ObjectMapper JSON = JsonLines.JSON;

    private ErrorWriter() {}

    /** Returns the number of lines written. */
    public static int write(Path file, List<ArticleOutcome> outcomes) throws IOException {
        List<ObjectNode> all = new ArrayList<>();
        for (ArticleOutcome o : outcomes) {
            all.addAll(lines(o));
        }
        return JsonLines.write(file, all);
    }

    /** The error lines of one article, in text order. */
    public static List<ObjectNode> lines(ArticleOutcome o) {
        GoldArticle a = o.article();
        TextIndex idx = new TextIndex(a.text());
        record Entry(int offset, ObjectNode node) {}
        List<Entry> entries = new ArrayList<>();
        if (o.failure() != null) {
            ObjectNode n = base(a, "extraction-failed");
            n.put("message", o.failure());
            entries.add(new Entry(-1, n));
        }
        for (GoldAttribution g : o.score().missed()) {
            List<Span> all = all(g.source(), g.cue(), g.content());
            ObjectNode n = base(a, "missed");
            top(n, idx, all, g.source(), g.cue(), g.content());
            n.put("gold_speaker", g.speaker());
            n.set("gold", gold(idx, g));
            entries.add(new Entry(begin(all), n));
        }
        for (Attribution p : o.score().spurious()) {
            List<Span> all = all(p.source(), p.cue(), p.content());
            ObjectNode n = base(a, "spurious");
            top(n, idx, all, p.source(), p.cue(), p.content());
            n.put("predicted_speaker", p.speaker() == null ? null : p.speaker().name());
            n.set("predicted", predicted(idx, p));
            entries.add(new Entry(begin(all), n));
        }
        for (MatchedPair m : o.score().matched()) {
            if (!m.anyWrong()) {
                continue;
            }
            GoldAttribution g = m.gold();
            Attribution p = m.predicted();
            List<Span> all = all(g.source(), g.cue(), g.content(), p.source(), p.cue(), p.content());
            ObjectNode n = base(a, "matched-wrong");
            ArrayNode wrong = n.putArray("wrong");
            if (!m.speakerOk()) {
                wrong.add("speaker");
            }
            if (!m.cueOk()) {
                wrong.add("cue");
            }
            if (Boolean.FALSE.equals(m.wikidataOk())) {
                wrong.add("wikidata");
            }
            if (Boolean.FALSE.equals(m.placesOk())) {
                wrong.add("places");
            }
            if (Boolean.FALSE.equals(m.dateOk())) {
                wrong.add("date");
            }
            top(n, idx, all, g.source(), g.cue(), g.content());
            n.put("gold_speaker", g.speaker());
            n.put("predicted_speaker", p.speaker() == null ? null : p.speaker().name());
            n.put("content_overlap", m.contentOverlap());
            n.set("gold", gold(idx, g));
            n.set("predicted", predicted(idx, p));
            entries.add(new Entry(begin(all), n));
        }
        entries.sort(Comparator.comparingInt(Entry::offset));
        List<ObjectNode> out = new ArrayList<>();
        for (Entry e : entries) {
            out.add(e.node());
        }
        return out;
    }

    private static ObjectNode base(GoldArticle a, String kind) {
        ObjectNode n = JSON.createObjectNode();
        n.put("article", a.id());
        n.put("origin", a.origin());
        n.put("kind", kind);
        return n;
    }

    /** Sentence context and the source/cue/content texts of the side the line is about. */
    private static void top(ObjectNode n, TextIndex idx, List<Span> all, List<Span> source, List<Span> cue,
                            List<Span> content) {
        n.put("offset", begin(all));
        n.put("sentence", all.isEmpty() ? "" : idx.context(begin(all), end(all)));
        n.put("source", idx.textOf(source));
        n.put("cue", idx.textOf(cue));
        n.put("content", idx.textOf(content));
    }

    private static ObjectNode gold(TextIndex idx, GoldAttribution g) {
        ObjectNode n = JSON.createObjectNode();
        n.put("source", idx.textOf(g.source()));
        n.put("cue", idx.textOf(g.cue()));
        n.put("content", idx.textOf(g.content()));
        n.set("spans", spans(g.source(), g.cue(), g.content()));
        n.put("speaker", g.speaker());
        n.put("wikidata", g.wikidata());
        if (g.places() != null) {
            ArrayNode pl = n.putArray("places");
            g.places().forEach(pl::add);
        }
        n.put("statement_date", g.statementDate() == null ? null : g.statementDate().toString());
        return n;
    }

    private static ObjectNode predicted(TextIndex idx, Attribution p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("source", idx.textOf(p.source()));
        n.put("cue", idx.textOf(p.cue()));
        n.put("content", idx.textOf(p.content()));
        n.set("spans", spans(p.source(), p.cue(), p.content()));
        n.put("speaker", p.speaker() == null ? null : p.speaker().name());
        n.put("wikidata", p.speaker() == null ? null : p.speaker().wikidata());
        ArrayNode pl = n.putArray("places");
        for (Place place : p.places()) {
            pl.add(place.name());
        }
        n.put("date", p.date() == null ? null : p.date().toString());
        n.put("cue_lemma", p.cueLemma());
        n.put("confidence", p.confidence());
        return n;
    }

    private static ObjectNode spans(List<Span> source, List<Span> cue, List<Span> content) {
        ObjectNode n = JSON.createObjectNode();
        n.set("source", JsonLines.spans(source));
        n.set("cue", JsonLines.spans(cue));
        n.set("content", JsonLines.spans(content));
        return n;
    }

    @SafeVarargs
    private static List<Span> all(List<Span>... lists) {
        List<Span> out = new ArrayList<>();
        for (List<Span> l : lists) {
            for (Span s : l) {
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static int begin(List<Span> spans) {
        return spans.stream().mapToInt(Span::begin).min().orElse(0);
    }

    private static int end(List<Span> spans) {
        return spans.stream().mapToInt(Span::end).max().orElse(0);
    }
}
