package org.claimgraph.eval;

import org.claimgraph.extract.Attribution;

/**
 * A gold and a predicted attribution matched through their content spans, with the verdicts.
 *
 * @param gold           the gold attribution
 * @param predicted      the predicted attribution
 * @param contentOverlap token overlap of the contents as a fraction of the gold content
 * @param speakerOk      speaker judged correct
 * @param cueOk          cue spans overlap
 * @param wikidataOk     null when the gold gives no Wikidata id
 * @param placesOk       null when the gold annotates no places
 * @param placesJaccard  null when the gold annotates no places
 * @param dateOk         null when the gold gives no statement date
 */
public record MatchedPair(GoldAttribution gold, Attribution predicted, double contentOverlap,
                         boolean speakerOk, boolean cueOk, Boolean wikidataOk, Boolean placesOk,
                         Double placesJaccard, Boolean dateOk) {
    /** True when any judged field is wrong. */
    public boolean anyWrong() {
        return !speakerOk || !cueOk || Boolean.FALSE.equals(wikidataOk) || Boolean.FALSE.equals(placesOk)
                || Boolean.FALSE.equals(dateOk);
    }
}
