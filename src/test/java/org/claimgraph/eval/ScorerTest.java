package org.claimgraph.eval;

import static org.claimgraph.eval.Fixtures.at;
import static org.claimgraph.eval.Fixtures.gold;
import static org.claimgraph.eval.Fixtures.pred;
import static org.claimgraph.eval.Fixtures.spans;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.annotate.Span;
import org.claimgraph.extract.Attribution;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private static final double EPS = 1e-9;
    // Hand-made texts, invented for these tests.
    private static final String T1 = "Mayor Ana Lopez said the bridge will reopen in May. Nobody objected.";
    private static final String T2 = "The council, she added, would pay for repairs.";

    private final Scorer scorer = new Scorer();

    private ArticleScore score(String text, List<GoldAttribution> gold, List<Attribution> pred) {
        return scorer.score(text, gold, pred);
    }

    @Test
    void identicalPredictionIsExactEverywhere() {
        ArticleScore s = score(T1, List.of(gold(T1, "Mayor Ana Lopez", "said", "the bridge will reopen in May")),
                List.of(pred(T1, "Mayor Ana Lopez", "said", "the bridge will reopen in May")));
        for (SpanCounts c : List.of(s.tally().source(), s.tally().cue(), s.tally().content())) {
            assertEquals(new SpanCounts(1, 1, 1, 1, 1), c);
        }
        AttributionCounts a = s.tally().attributions();
        assertEquals(1, a.matched());
        assertEquals(1, a.speakerCorrect());
        assertEquals(1, a.cueCorrect());
        assertTrue(s.missed().isEmpty());
        assertTrue(s.spurious().isEmpty());
    }

    @Test
    void surroundingWhitespaceAndPunctuationAreIgnoredForExactMatch() {
        // Prediction takes the leading space before the name and the final period of the content.
        Span source = at(T1, "Mayor Ana Lopez");
        Span content = at(T1, "the bridge will reopen in May.");
        Attribution p = pred(List.of(new Span(source.begin(), source.end() + 1)), spans(T1, "said"),
                List.of(new Span(content.begin() - 1, content.end())));
        ArticleScore s = score(T1, List.of(gold(T1, "Mayor Ana Lopez", "said", "the bridge will reopen in May")),
                List.of(p));
        assertEquals(1, s.tally().source().exact());
        assertEquals(1, s.tally().content().exact());
    }

    @Test
    void oneWordTooManyIsNotExact() {
        ArticleScore s = score(T1, List.of(gold(T1, "Mayor Ana Lopez", "said", "the bridge will reopen in May")),
                List.of(pred(T1, "Ana Lopez said", "said", "the bridge will reopen in May")));
        // "Ana Lopez said" vs gold "Mayor Ana Lopez": not exact, 2 of 3 gold tokens = 0.67.
        assertEquals(new SpanCounts(1, 1, 0, 1, 0), s.tally().source());
    }

    @Test
    void punctuationOnlyCueComparesByItsCharacters() {
        String t = "The minister: prices will fall.";
        ArticleScore s = score(t, List.of(gold(t, "The minister", ":", "prices will fall")),
                List.of(pred(t, "The minister", ":", "prices will fall")));
        assertEquals(new SpanCounts(1, 1, 1, 1, 1), s.tally().cue());
        assertEquals(1, s.tally().attributions().cueCorrect());
    }

    @Test
    void partialOverlapAgainstThresholds() {
        // Gold content has 6 word tokens: the bridge will reopen in May.
        List<GoldAttribution> g = List.of(gold(T1, "Mayor Ana Lopez", "said", "the bridge will reopen in May"));
        // 1/6 = 0.17 < 0.3: no match at either threshold, and no attribution match.
        ArticleScore low = score(T1, g, List.of(pred(T1, "Mayor Ana Lopez", "said", "the")));
        assertEquals(new SpanCounts(1, 1, 0, 0, 0), low.tally().content());
        assertEquals(0, low.tally().attributions().matched());
        assertEquals(1, low.missed().size());
        assertEquals(1, low.spurious().size());
        // 2/6 = 0.33: matches at 0.3 only; the attribution matches.
        ArticleScore mid = score(T1, g, List.of(pred(T1, "Mayor Ana Lopez", "said", "the bridge")));
        assertEquals(new SpanCounts(1, 1, 0, 1, 0), mid.tally().content());
        assertEquals(1, mid.tally().attributions().matched());
        // 5/6 = 0.83: matches at 0.3 and 0.8, still not exact.
        ArticleScore high = score(T1, g, List.of(pred(T1, "Mayor Ana Lopez", "said", "the bridge will reopen in")));
        assertEquals(new SpanCounts(1, 1, 0, 1, 1), high.tally().content());
    }

    @Test
    void overlapExactlyAtThresholdCounts() {
        // 4 of 5 gold tokens = 0.8 exactly.
        ArticleScore s = score(T1, List.of(gold(T1, "Mayor Ana Lopez", "said", "bridge will reopen in May")),
                List.of(pred(T1, "Mayor Ana Lopez", "said", "bridge will reopen in")));
        assertEquals(1, s.tally().content().overlap80());
    }

    @Test
    void overlapIsAFractionOfTheGoldSpan() {
        // A prediction far longer than the gold still covers all of it: overlap 1.0 (FORMAT.md: "of the gold span").
        ArticleScore s = score(T1, List.of(gold(T1, "Mayor Ana Lopez", "said", "reopen in May")),
                List.of(pred(T1, "Mayor Ana Lopez", "said", "the bridge will reopen in May. Nobody objected")));
        assertEquals(new SpanCounts(1, 1, 0, 1, 1), s.tally().content());
    }

    @Test
    void discontinuousGoldMatchedByDiscontinuousPrediction() {
        GoldAttribution g = GoldAttribution.spans(spans(T2, "she"), spans(T2, "added"),
                spans(T2, "The council", "would pay for repairs"));
        // Same two pieces, each with its neighbouring punctuation: exact.
        Attribution p = pred(spans(T2, "she"), spans(T2, "added"), spans(T2, "The council,", "would pay for repairs."));
        ArticleScore s = score(T2, List.of(g), List.of(p));
        assertEquals(new SpanCounts(1, 1, 1, 1, 1), s.tally().content());
        assertEquals(1, s.tally().attributions().matched());
    }

    @Test
    void discontinuousGoldAgainstOneCoveringSpan() {
        GoldAttribution g = GoldAttribution.spans(spans(T2, "she"), spans(T2, "added"),
                spans(T2, "The council", "would pay for repairs"));
        // One span over both pieces and the "she added" between them: not exact (it covers other
        // characters), but it holds every gold token, so it matches at 0.3 and 0.8.
        Attribution covering = pred(spans(T2, "she"), spans(T2, "added"),
                spans(T2, "The council, she added, would pay for repairs"));
        ArticleScore s = score(T2, List.of(g), List.of(covering));
        assertEquals(new SpanCounts(1, 1, 0, 1, 1), s.tally().content());
        assertEquals(1, s.tally().attributions().matched());
    }

    @Test
    void tighterPredictionWinsATieAndTheOtherIsSpurious() {
        GoldAttribution g = GoldAttribution.spans(spans(T2, "she"), spans(T2, "added"),
                spans(T2, "The council", "would pay for repairs"));
        Attribution covering = pred(spans(T2, "she"), spans(T2, "added"),
                spans(T2, "The council, she added, would pay for repairs"));
        Attribution tight = pred(spans(T2, "she"), spans(T2, "added"), spans(T2, "The council", "would pay for repairs"));
        ArticleScore s = score(T2, List.of(g), List.of(covering, tight));
        assertEquals(new SpanCounts(1, 2, 1, 1, 1), s.tally().content());
        assertEquals(1, s.matched().size());
        assertSame(tight, s.matched().get(0).predicted());
        assertEquals(List.of(covering), s.spurious());
    }

    @Test
    void twoPredictionsForOneGoldCountOnce() {
        GoldAttribution g = gold(T1, "Mayor Ana Lopez", "said", "the bridge will reopen in May");
        Attribution p = pred(T1, "Mayor Ana Lopez", "said", "the bridge will reopen in May");
        Attribution again = pred(T1, "Mayor Ana Lopez", "said", "the bridge will reopen in May");
        ArticleScore s = score(T1, List.of(g), List.of(p, again));
        assertEquals(new SpanCounts(1, 2, 1, 1, 1), s.tally().content());
        assertEquals(new SpanCounts(1, 2, 1, 1, 1), s.tally().source());
        Prf exact = RoleScores.of(s.tally().content()).exact();
        assertEquals(0.5, exact.p(), EPS);
        assertEquals(1.0, exact.r(), EPS);
        assertEquals(2 * 0.5 / 1.5, exact.f1(), EPS);
        assertEquals(1, s.tally().attributions().matched());
        assertEquals(1, s.spurious().size());
        assertTrue(s.missed().isEmpty());
    }

    @Test
    void emptySourcesAreNotSpansButAgreeOnSpeaker() {
        String t = "Talks were described as constructive.";
        GoldAttribution g = gold(t, null, "were described as", "constructive");
        ArticleScore both = score(t, List.of(g), List.of(pred(t, null, "were described as", "constructive")));
        assertEquals(new SpanCounts(0, 0, 0, 0, 0), both.tally().source());
        Prf none = RoleScores.of(both.tally().source()).exact();
        assertEquals(0.0, none.f1(), EPS); // nothing to score: 0 by convention, not NaN
        assertEquals(1, both.tally().attributions().speakerCorrect());

        // A source where the gold has none is a spurious source span and a wrong speaker.
        ArticleScore extra = score(t, List.of(g), List.of(pred(t, "Talks", "were described as", "constructive")));
        assertEquals(new SpanCounts(0, 1, 0, 0, 0), extra.tally().source());
        assertEquals(1, extra.tally().attributions().matched());
        assertEquals(0, extra.tally().attributions().speakerCorrect());
        assertFalse(extra.matched().get(0).speakerOk());
    }

    @Test
    void speakerIsRightByNameWhenSourceSpansDiffer() {
        String t = "Ana Lopez spoke first. Later she said the vote was fair.";
        GoldAttribution g = new GoldAttribution(spans(t, "she"), spans(t, "said"), spans(t, "the vote was fair"),
                "Ana Lopez", "Person", null, null, null, null);
        // The prediction points at the earlier mention; the resolved name matches ignoring case.
        Attribution byName = pred(t, "Ana Lopez", "said", "the vote was fair", "ana lopez", null, List.of(), null);
        Attribution wrongName = pred(t, "Ana Lopez", "said", "the vote was fair", "Ana Perez", null, List.of(), null);
        assertEquals(1, score(t, List.of(g), List.of(byName)).tally().attributions().speakerCorrect());
        assertEquals(0, score(t, List.of(g), List.of(wrongName)).tally().attributions().speakerCorrect());
        // Source spans sharing a token are enough even without names.
        Attribution bySpan = pred(t, "she said", "said", "the vote was fair");
        assertEquals(1, score(t, List.of(g), List.of(bySpan)).tally().attributions().speakerCorrect());
    }

    @Test
    void cueAccuracyNeedsOverlappingCues() {
        String t = "Aid will arrive soon, the agency said on Monday.";
        GoldAttribution g = gold(t, "the agency", "said", "Aid will arrive soon");
        assertEquals(1, score(t, List.of(g), List.of(pred(t, "the agency", "said on", "Aid will arrive soon")))
                .tally().attributions().cueCorrect());
        assertEquals(0, score(t, List.of(g), List.of(pred(t, "the agency", "Monday", "Aid will arrive soon")))
                .tally().attributions().cueCorrect());
    }

    @Test
    void wikidataPlacesAndDateAreJudgedWhereGoldHasThem() {
        String t = "Olena Bondar said aid reached Kyiv and Lviv. Petro Marchuk said aid reached Kyiv.";
        int second = t.indexOf("Petro");
        GoldAttribution g1 = new GoldAttribution(spans(t, "Olena Bondar"), spans(t, "said"),
                spans(t, "aid reached Kyiv and Lviv"), "Olena Bondar", "Person", "Q111",
                List.of("Kyiv", "Lviv"), LocalDate.of(2022, 3, 29), false);
        GoldAttribution g2 = new GoldAttribution(List.of(at(t, "Petro Marchuk")), List.of(at(t, "said", second)),
                List.of(at(t, "aid reached Kyiv", second)), "Petro Marchuk", "Person", "Q222",
                List.of("Kyiv", "Lviv"), LocalDate.of(2022, 3, 30), false);
        Attribution p1 = pred(t, "Olena Bondar", "said", "aid reached Kyiv and Lviv", "Olena Bondar",
                "Q111", List.of("lviv", "Kyiv"), LocalDate.of(2022, 3, 29));
        Attribution p2 = new Attribution(List.of(at(t, "Petro Marchuk")), List.of(at(t, "said", second)),
                List.of(at(t, "aid reached Kyiv", second)),
                new org.claimgraph.extract.Actor("Petro Marchuk", org.claimgraph.extract.ActorType.PERSON, null, null, "Q999"),
                "say", false, List.of(new org.claimgraph.extract.Place("Kyiv", "city", null, null, null, null)),
                null, 0.5);
        ArticleScore s = score(t, List.of(g1, g2), List.of(p1, p2));
        AttributionCounts a = s.tally().attributions();
        assertEquals(2, a.matched());
        assertEquals(2, a.wikidataTotal());
        assertEquals(1, a.wikidataCorrect());
        assertEquals(2, a.placesTotal());
        assertEquals(1, a.placesCorrect());
        assertEquals(1.0 + 0.5, a.placesJaccardSum(), EPS);
        assertEquals(2, a.dateTotal());
        assertEquals(1, a.dateCorrect());

        EvalReport r = new EvalReport(1, s.tally(), 0.1, 0.1, 1, 0);
        assertEquals(0.5, r.wikidataAccuracy(), EPS);
        assertEquals(0.5, r.placesAccuracy(), EPS);
        assertEquals(0.75, r.placesJaccard(), EPS);
        assertEquals(0.5, r.dateAccuracy(), EPS);
        assertEquals(1.0, r.speakerAccuracy(), EPS);
    }

    @Test
    void accuraciesAreNullWhenGoldLacksTheField() {
        ArticleScore s = score(T1, List.of(gold(T1, "Mayor Ana Lopez", "said", "the bridge will reopen in May")),
                List.of(pred(T1, "Mayor Ana Lopez", "said", "the bridge will reopen in May", "Ana Lopez", "Q5",
                        List.of("May"), LocalDate.of(2022, 1, 1))));
        EvalReport r = new EvalReport(1, s.tally(), 0, 0, 1, 0);
        assertNull(r.wikidataAccuracy());
        assertNull(r.placesAccuracy());
        assertNull(r.placesJaccard());
        assertNull(r.dateAccuracy());
        assertEquals(1.0, r.speakerAccuracy(), EPS);
    }

    @Test
    void emptyGoldPlacesListIsAnAnnotation() {
        String t = "The envoy said talks will continue.";
        GoldAttribution g = new GoldAttribution(spans(t, "The envoy"), spans(t, "said"), spans(t, "talks will continue"),
                null, null, null, List.of(), null, null);
        ArticleScore ok = score(t, List.of(g), List.of(pred(t, "The envoy", "said", "talks will continue")));
        assertEquals(1, ok.tally().attributions().placesCorrect());
        ArticleScore wrong = score(t, List.of(g), List.of(pred(t, "The envoy", "said", "talks will continue",
                null, null, List.of("Geneva"), null)));
        assertEquals(0, wrong.tally().attributions().placesCorrect());
        assertEquals(1, wrong.tally().attributions().placesTotal());
    }

    @Test
    void talliesSumMicroAveraged() {
        ArticleScore a = score(T1, List.of(gold(T1, "Mayor Ana Lopez", "said", "the bridge will reopen in May")),
                List.of(pred(T1, "Mayor Ana Lopez", "said", "the bridge will reopen in May")));
        ArticleScore b = score(T2, List.of(gold(T2, "she", "added", "would pay for repairs")), List.of());
        Tally sum = a.tally().plus(b.tally());
        assertEquals(new SpanCounts(2, 1, 1, 1, 1), sum.content());
        Prf p = RoleScores.of(sum.content()).exact();
        assertEquals(1.0, p.p(), EPS);
        assertEquals(0.5, p.r(), EPS);
        assertEquals(2.0 / 3.0, p.f1(), EPS);
    }

    @Test
    void predictedSpanBeyondTheTextIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> score("Short.", List.of(),
                List.of(pred(List.of(), List.of(new Span(0, 5)), List.of(new Span(2, 40))))));
        assertTrue(e.getMessage().contains("predicted content"), e.getMessage());
    }
}
