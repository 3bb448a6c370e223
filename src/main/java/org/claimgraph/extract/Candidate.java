package org.claimgraph.extract;

import java.util.List;
import org.claimgraph.annotate.Span;

/**
 * An attribution found in the text before its speaker, places and date are resolved.
 *
 * @param source      source span(s); empty when the text names none
 * @param sourceHead  the part of the source naming the speaker (without an appositive)
 * @param cue         cue span(s)
 * @param content     content span(s)
 * @param cueLemma    lemma of the cue ("say", "accord to", "call for")
 * @param direct      the content is a quotation
 * @param confidence  rule confidence in [0, 1]
 */
record Candidate(List<Span> source, Span sourceHead, List<Span> cue, List<Span> content, String cueLemma,
                 boolean direct, double confidence) {
    Span cueSpan() {
        return new Span(cue.get(0).begin(), cue.get(cue.size() - 1).end());
    }
}
