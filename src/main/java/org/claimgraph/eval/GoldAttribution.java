package org.claimgraph.eval;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.annotate.Span;

/**
 * One gold attribution as given in a gold JSONL file (see shared/eval/FORMAT.md).
 *
 * @param source        source spans; empty when the text names no source (passive voice etc.)
 * @param cue           cue spans
 * @param content       content spans (may be discontinuous)
 * @param speaker       canonical speaker name, null when the gold does not give one
 * @param speakerType   Person | Organization | Country | UnnamedGroup, null when absent
 * @param wikidata      Wikidata item of the speaker, null when absent
 * @param places        places the content is about, null when the gold does not annotate places
 *                      (an empty list means "annotated: about no place")
 * @param statementDate date the statement was made, null when absent
 * @param direct        verbatim quotation, null when absent
 */
public record GoldAttribution(List<Span> source, List<Span> cue, List<Span> content, String speaker,
                              String speakerType, String wikidata, List<String> places,
                              LocalDate statementDate, Boolean direct) {
    public GoldAttribution {
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        content = List.copyOf(content);
        places = places == null ? null : List.copyOf(places);
    }

    /** A gold attribution with only the three span roles, as in PolNeAR. */
    public static GoldAttribution spans(List<Span> source, List<Span> cue, List<Span> content) {
        return new GoldAttribution(source, cue, content, null, null, null, null, null, null);
    }
}
