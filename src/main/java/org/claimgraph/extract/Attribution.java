package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.annotate.Span;

/**
 * One attribution relation: a source, a cue and a content, each as character spans into the
 * article text (lists, because PolNeAR-style spans may be discontinuous).
 *
 * @param source     source spans; empty when the text names no source
 * @param cue        cue spans ("said", "according to", "has urged")
 * @param content    content spans, without the cue and the source
 * @param speaker    the resolved actor, null when unknown
 * @param cueLemma   lemma of the cue's head ("say", "accord to", "call for")
 * @param direct     the content is a verbatim quotation
 * @param places     places the content is about
 * @param date       the date the statement was made, null when unknown (see StatementDates)
 * @param dateBasis  how {@code date} was obtained; null exactly when {@code date} is null
 * @param confidence extractor's confidence in [0, 1]
 */
public record Attribution(List<Span> source, List<Span> cue, List<Span> content, Actor speaker,
                          String cueLemma, boolean direct, List<Place> places, LocalDate date,
                          DateBasis dateBasis, double confidence) {
    public Attribution {
        if ((date == null) != (dateBasis == null)) {
            throw new IllegalArgumentException("a statement date needs its basis and vice versa: " + date + " / " + dateBasis);
        }
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        content = List.copyOf(content);
        places = List.copyOf(places);
    }

    /** An attribution whose date, if any, the cue's own clause states ({@link DateBasis#EXPLICIT}). */
    public Attribution(List<Span> source, List<Span> cue, List<Span> content, Actor speaker,
                       String cueLemma, boolean direct, List<Place> places, LocalDate date, double confidence) {
        this(source, cue, content, speaker, cueLemma, direct, places, date,
                date == null ? null : DateBasis.EXPLICIT, confidence);
    }
}
