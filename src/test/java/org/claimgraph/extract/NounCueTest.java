package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.assertTriple;
import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Noun cues with neither a possessor nor a light verb ({@link BareNounPattern}). */
class NounCueTest {

    private static boolean hasCueWith(String t, String word) {
        return extract(t).stream().anyMatch(a -> join(t, a.cue()).contains(word));
    }

    @Test
    void sentenceOpeningStanceNounKeepsItsPrepositionInTheCue() {
        assertTriple("Opposition to the new ferry toll has grown among the island's fishermen.",
                "", "Opposition to", "the new ferry toll");
    }

    @Test
    void openingDeterminerStaysOutOfTheCue() {
        assertTriple("The main concerns about the harbour budget are not financial.",
                "", "main concerns about", "the harbour budget");
    }

    @Test
    void partyAdjectiveIsTheSource() {
        assertTriple("Republican criticism that the canal plan wastes money grew louder in the spring.",
                "Republican", "criticism", "that the canal plan wastes money grew louder in the spring");
    }

    @Test
    void thatClauseAfterAComplaintIsTheContent() {
        assertTriple("The ferry line faced numerous complaints that its boats were always late.",
                "", "numerous complaints", "that its boats were always late");
    }

    @Test
    void speculationThatIsAReport() {
        assertTriple("The move fuelled speculation that the mayor will step down in June.",
                "", "speculation", "that the mayor will step down in June");
    }

    @Test
    void relativeThatAfterTheNounIsNoContent() {
        String t = "The harbour board dismissed the warning that was sent by the coast guard.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).equals("warning")));
    }

    @Test
    void stanceNounInsideTheSentenceIsNoCue() {
        // "support for" after a verb is mostly a plain noun ("voter support for the bill fell")
        String t = "The fishermen withdrew their boats while voter support for the toll fell sharply.";
        assertTrue(!hasCueWith(t, "support for"));
    }

    @Test
    void nounAfterAnAuxiliaryIsAVerbNotABareNounCue() {
        String t = "The ferry company has been warning that it is running out of fuel.";
        List<Attribution> all = extract(t);
        assertTrue(all.stream().noneMatch(a -> join(t, a.cue()).equals("warning") && a.source().isEmpty()));
    }

    @Test
    void accusationsOfAreReportedAnywhereInTheSentence() {
        assertTriple("The ferry board resigned last spring amid accusations of favouritism in its contracts.",
                "", "accusations of", "favouritism in its contracts");
    }

    @Test
    void sourcelessNounCueLendsNoSubjectToAFollowingParticiple() {
        String t = "The ferry board faced accusations of favouritism, saying little about its contracts.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).equals("saying") && a.source().isEmpty()));
    }
}
