package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reported wishes, plans and calls whose cue words are split or stand in a less common form. */
class InternalStateCuesTest {

    private static boolean hasCue(String t, List<Attribution> all, String cue) {
        return all.stream().anyMatch(a -> join(t, a.cue()).equals(cue));
    }

    @Test
    void dayNameBetweenAPhrasalCueAndItsPreposition() {
        String t = "The harbour master called Thursday for the ferry pier to be rebuilt before winter.";
        Attribution a = withCue(t, extract(t), "called Thursday for");
        assertEquals("The harbour master", join(t, a.source()));
        assertEquals("the ferry pier to be rebuilt before winter", join(t, a.content()));
    }

    @Test
    void participleAfterAPrepositionStaysInsideTheContent() {
        String t = "The harbour master called Thursday for the pilot to resign for saying publicly that the pier was unsafe.";
        List<Attribution> all = extract(t);
        Attribution a = withCue(t, all, "called Thursday for");
        assertEquals("the pilot to resign for saying publicly that the pier was unsafe", join(t, a.content()));
        assertFalse(hasCue(t, all, "saying publicly"));
    }

    @Test
    void adverbTaggedAsAdjectiveStaysInTheVerbGroup() {
        String t = "The harbour council has also broadly called for higher pay on night shifts.";
        Attribution a = withCue(t, extract(t), "has also broadly called for");
        assertEquals("The harbour council", join(t, a.source()));
    }

    @Test
    void wouldLikeBeforeAnInfinitiveIsAWish() {
        String t = "The ferry owner would like to move the terminal north.";
        Attribution a = withCue(t, extract(t), "would like");
        assertEquals("The ferry owner", join(t, a.source()));
        assertEquals("to move the terminal north", join(t, a.content()));
        String u = "The new terminal looks like a giant shell.";
        assertFalse(hasCue(u, extract(u), "like"));
    }

    @Test
    void aWishWhoseObjectStandsBeforeTheSourceLeadsTheContent() {
        String t = "Here is what the rowing club would like to see in the harbour plan.";
        Attribution a = withCue(t, extract(t), "would like");
        assertEquals(2, a.content().size());
        assertEquals("what", join(t, a.content().subList(0, 1)));
        assertEquals("to see in the harbour plan", join(t, a.content().subList(1, 2)));
    }

    @Test
    void anInfinitiveInARelativeClauseEndsBeforeTheMainVerb() {
        String t = "A builder who wants to expand the marina is buying land near the old pier.";
        Attribution a = withCue(t, extract(t), "wants");
        assertEquals("to expand the marina", join(t, a.content()));
    }

    @Test
    void stanceAdjectiveWithAnInfinitiveOrAClause() {
        String t = "The rowing club is eager to buy the old boathouse.";
        Attribution a = withCue(t, extract(t), "is eager");
        assertEquals("The rowing club", join(t, a.source()));
        assertEquals("to buy the old boathouse", join(t, a.content()));
        String u = "The skippers remain convinced that the harbour will close.";
        assertEquals("that the harbour will close", join(u, withCue(u, extract(u), "remain convinced").content()));
        String v = "The boathouse is eager for a new roof.";
        assertFalse(hasCue(v, extract(v), "is eager"));
    }

    @Test
    void worriedOrAdamantThatReportsAClause() {
        String t = "The fishermen are worried that the new quota will empty the harbour.";
        Attribution a = withCue(t, extract(t), "are worried");
        assertEquals("The fishermen", join(t, a.source()));
        assertEquals("that the new quota will empty the harbour", join(t, a.content()));
        String u = "The curator was adamant that the mural stays.";
        assertEquals("that the mural stays", join(u, withCue(u, extract(u), "was adamant").content()));
    }

    @Test
    void feelBeforeAClauseReportsABelief() {
        String t = "Many skippers feel the harbour fee is too high.";
        Attribution a = withCue(t, extract(t), "feel");
        assertEquals("the harbour fee is too high", join(t, a.content()));
        String u = "The new rules make the skippers feel that nobody listens.";
        assertFalse(hasCue(u, extract(u), "feel"));
        String v = "The skippers feel free to dock at night.";
        assertFalse(hasCue(v, extract(v), "feel"));
    }

    @Test
    void raisingVerbBeforeAnAdjectiveTheTaggerMislabels() {
        String t = "However, the council appears weak before the storm.";
        Attribution a = withCue(t, extract(t), "appears");
        assertEquals(2, a.content().size());
        assertEquals("the council", join(t, a.content().subList(0, 1)));
    }
}
