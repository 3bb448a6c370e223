package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link LightVerbPattern} with verbs that take only their own nouns ("cast doubt on"). Invented sentences. */
class LightVerbOwnNounsTest {

    @Test
    void castDoubtOnReportsItsObject() {
        String t = "The harbour master cast doubt on the ferry company's safety record.";
        Attribution a = withCue(t, extract(t), "cast doubt on");
        assertEquals("The harbour master", join(t, a.source()));
        assertEquals("the ferry company's safety record", join(t, a.content()));
    }

    @Test
    void castVotesIsNoReport() {
        String t = "The farmers cast votes on the new grazing rules.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).startsWith("cast")));
    }

    @Test
    void castTheBlameOnReportsItsObject() {
        String t = "The mayor cast the blame on the bus contractor.";
        Attribution a = withCue(t, extract(t), "cast the blame on");
        assertEquals("the bus contractor", join(t, a.content()));
    }

    @Test
    void confidenceInTakesItsObject() {
        String t = "The librarian voiced confidence in the new archive catalogue.";
        Attribution a = withCue(t, extract(t), "voiced confidence in");
        assertEquals("The librarian", join(t, a.source()));
        assertEquals("the new archive catalogue", join(t, a.content()));
    }

    @Test
    void hadDoubtsAboutReportsAStance() {
        String t = "The inspector has no doubts about the new bridge design.";
        Attribution a = withCue(t, extract(t), "has no doubts about");
        assertEquals("The inspector", join(t, a.source()));
        assertEquals("the new bridge design", join(t, a.content()));
    }
}
