package org.claimgraph.eval;

/**
 * Attribution-level counts. Accuracies are over matched pairs (content overlap >= 0.3); the
 * wikidata/places/date ones only over matched pairs whose gold has that field.
 *
 * @param gold              gold attributions
 * @param predicted         predicted attributions
 * @param matched           matched pairs
 * @param speakerCorrect    matched pairs with the right speaker
 * @param cueCorrect        matched pairs whose cue spans overlap
 * @param goldWithWikidata  gold attributions (matched or not) that give a Wikidata id
 * @param wikidataTotal     matched pairs whose gold gives a Wikidata id
 * @param wikidataCorrect   ... of which the predicted speaker has that id
 * @param goldWithPlaces    gold attributions that annotate places
 * @param placesTotal       matched pairs whose gold annotates places
 * @param placesCorrect     ... of which the predicted place-name set equals the gold set
 * @param placesJaccardSum  sum of place-name Jaccard similarities over those pairs
 * @param goldWithDate      gold attributions that give a statement date
 * @param dateTotal         matched pairs whose gold gives a statement date
 * @param dateCorrect       ... of which the predicted date is that date
 */
public record AttributionCounts(int gold, int predicted, int matched, int speakerCorrect, int cueCorrect,
                                int goldWithWikidata, int wikidataTotal, int wikidataCorrect,
                                int goldWithPlaces, int placesTotal, int placesCorrect, double placesJaccardSum,
                                int goldWithDate, int dateTotal, int dateCorrect) {
    public static final AttributionCounts ZERO = new AttributionCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public AttributionCounts plus(AttributionCounts o) {
        return new AttributionCounts(gold + o.gold, predicted + o.predicted, matched + o.matched,
                speakerCorrect + o.speakerCorrect, cueCorrect + o.cueCorrect,
                goldWithWikidata + o.goldWithWikidata, wikidataTotal + o.wikidataTotal,
                wikidataCorrect + o.wikidataCorrect, goldWithPlaces + o.goldWithPlaces,
                placesTotal + o.placesTotal, placesCorrect + o.placesCorrect,
                placesJaccardSum + o.placesJaccardSum, goldWithDate + o.goldWithDate,
                dateTotal + o.dateTotal, dateCorrect + o.dateCorrect);
    }
}
