package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reports of backing and opposing in passive and nominal shapes: invented sentences only. */
class BackingShapesTest {

    @Test
    void passiveSupportNamesItsAgent() {
        String t = "Mayor Olsen was supported by most farmers.";
        Attribution a = withCue(t, extract(t), "was supported");
        assertEquals("most farmers", join(t, a.source()));
        assertEquals("Mayor Olsen", join(t, a.content()));
    }

    @Test
    void reducedRelativeAfterACommaNamesItsAgent() {
        String t = "The toll, opposed by most farmers, never passed.";
        Attribution a = withCue(t, extract(t), "opposed");
        assertEquals("most farmers", join(t, a.source()));
        assertEquals("The toll", join(t, a.content()));
    }

    @Test
    void relativePronounSubjectOfAPassiveBackingIsNoReport() {
        String t = "Berg argued that the ferry plan, which is widely backed by islanders, would fail.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).contains("backed")));
    }

    @Test
    void backedSubjectIsTheContentAndTheHolderTheSource() {
        String t = "Mayor Olsen has the support of the harbor union.";
        Attribution a = withCue(t, extract(t), "has the support of");
        assertEquals("the harbor union", join(t, a.source()));
        assertEquals("Mayor Olsen", join(t, a.content()));
    }

    @Test
    void wonEndorsementKeepsThePrepositionOutOfTheCue() {
        String t = "Olsen won the endorsement of the teachers' union.";
        Attribution a = withCue(t, extract(t), "won the endorsement");
        assertEquals("the teachers' union", join(t, a.source()));
        assertEquals("Olsen", join(t, a.content()));
    }

    @Test
    void hopedForBackingIsNoReport() {
        String t = "Olsen may not have the backing of the union.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).contains("backing")));
    }

    @Test
    void supportThrownBehindACandidate() {
        String t = "The harbor union threw its support behind Mayor Olsen.";
        Attribution a = withCue(t, extract(t), "threw its support behind");
        assertEquals("The harbor union", join(t, a.source()));
        assertEquals("Mayor Olsen", join(t, a.content()));
    }

    @Test
    void supporterAfterACopula() {
        String t = "Ann Berg is a fervent supporter of the new toll.";
        Attribution a = withCue(t, extract(t), "is a fervent supporter of");
        assertEquals("Ann Berg", join(t, a.source()));
        assertEquals("the new toll", join(t, a.content()));
    }

    @Test
    void supporterInAnApposition() {
        String t = "Ann Berg, a longtime supporter of Mayor Olsen, spoke on Monday.";
        Attribution a = withCue(t, extract(t), "a longtime supporter of");
        assertEquals("Ann Berg", join(t, a.source()));
        assertEquals("Mayor Olsen", join(t, a.content()));
    }

    @Test
    void supportersAsSubjectNameNoOne() {
        String t = "Supporters of the toll rallied at the quay on Monday.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).contains("upporters")));
    }

    @Test
    void actInSupportOfReportsItsObject() {
        String t = "The union raised $2 million in support of Mayor Olsen.";
        Attribution a = withCue(t, extract(t), "raised $2 million in support of");
        assertEquals("The union", join(t, a.source()));
        assertEquals("Mayor Olsen", join(t, a.content()));
    }

    @Test
    void modalActInSupportOfIsNoReport() {
        String t = "The union should unite in support of Mayor Olsen.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).contains("in support of")));
    }

    @Test
    void inSupportOfAnOwnedNounIsNotTheActs() {
        String t = "Berg praised Olsen's generosity in support of the ferry fund.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).contains("in support of")));
    }

    @Test
    void stanceVerbTaggedAsANounAfterAShare() {
        String t = "Two-thirds support reducing the fares for islanders.";
        Attribution a = withCue(t, extract(t), "support");
        assertEquals("Two-thirds", join(t, a.source()));
        assertTrue(join(t, a.content()).startsWith("reducing the fares"));
    }

    @Test
    void stanceNounBeforeAPrepositionStaysANoun() {
        String t = "Farmers support for the toll has faded.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).equals("support")));
    }

    @Test
    void backedNounKeepsItsRelativeClause() {
        String t = "Berg will support a measure that would cut the ferry fares.";
        Attribution a = withCue(t, extract(t), "will support");
        assertEquals("Berg", join(t, a.source()));
        assertEquals("a measure that would cut the ferry fares", join(t, a.content()));
    }

    @Test
    void trailingWeekdayIsNotPartOfTheBackedObject() {
        String t = "Ann Berg endorsed Mayor Olsen Wednesday.";
        Attribution a = withCue(t, extract(t), "endorsed");
        assertEquals("Mayor Olsen", join(t, a.content()));
    }
}
