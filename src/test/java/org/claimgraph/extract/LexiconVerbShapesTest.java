package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.assertTriple;
import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Forms and frames of lexicon verbs (show, push, …) that yielded no attribution. Invented sentences. */
class LexiconVerbShapesTest {

    @Test
    void pushingToBeforeAnInfinitiveReportsAnAim() {
        String t = "Several council members are pushing to repeal the parking tax.";
        assertTriple(t, "Several council members", "are pushing", "to repeal the parking tax");
    }

    @Test
    void aimingToBeforeAnInfinitiveReportsAnAim() {
        String t = "The harbour board aims to cut ferry fares by a third next year.";
        assertTriple(t, "The harbour board", "aims", "to cut ferry fares by a third next year");
    }

    @Test
    void pushedToAPlaceIsNoReport() {
        String t = "The storm pushed the boats to the far end of the harbour.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).contains("pushed")));
    }

    @Test
    void pushingSomeoneToActKeepsTheObjectInTheContent() {
        String t = "The senator pushed the county to drop the parking fee.";
        assertTriple(t, "The senator", "pushed", "the county to drop the parking fee");
    }

    @Test
    void pushingSomethingToADateIsNoReport() {
        String t = "The union pushed the vote to next week.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).contains("pushed")));
    }

    @Test
    void openingPerfectParticipleTakesTheMainSubjectAsSource() {
        String t = "Having announced that she would run again, the mayor left the hall.";
        assertTriple(t, "the mayor", "Having announced", "that she would run again");
    }

    @Test
    void openingBesidesParticipleTakesTheMainSubjectAsSource() {
        String t = "Besides attacking the council, the mayor left the hall early.";
        assertTriple(t, "the mayor", "attacking", "the council");
    }

    @Test
    void controlVerbBeforeAReportingInfinitiveJoinsTheCue() {
        String t = "The harbour master struggled to explain the new ferry fares.";
        Attribution a = withCue(t, extract(t), "struggled to explain");
        assertEquals("The harbour master", join(t, a.source()));
        assertEquals("the new ferry fares", join(t, a.content()));
        String n = "The harbour board has chosen not to comment on the ferry fares.";
        Attribution b = withCue(n, extract(n), "has chosen not to comment on");
        assertEquals("The harbour board", join(n, b.source()));
    }

    @Test
    void movingToStressSomethingIsAReportWithTheMoversSubject() {
        String t = "The harbour master moved to stress the safety of the new ferry.";
        Attribution a = withCue(t, extract(t), "moved to stress");
        assertEquals("The harbour master", join(t, a.source()));
        assertEquals("the safety of the new ferry", join(t, a.content()));
    }

    @Test
    void participleNeededAfterANounLendsNoSource() {
        String t = "The votes needed to confirm the harbour master were never counted.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).contains("needed")));
    }

    @Test
    void readinessAdjectiveBeforeAReportingInfinitiveJoinsTheCue() {
        String t = "Older ferry passengers were more likely to want a cheaper fare.";
        Attribution a = withCue(t, extract(t), "were more likely to want");
        assertEquals("Older ferry passengers", join(t, a.source()));
        assertEquals("a cheaper fare", join(t, a.content()));
    }

    @Test
    void thingsAndRelativeWhichDoNotChooseOrAimToReport() {
        String t = "The ferry levy, which aims to fund a new pier, was approved on Monday.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).contains("aims")));
        String u = "The cracks in the sea wall began to reveal the damage.";
        assertTrue(extract(u).stream().noneMatch(a -> join(u, a.cue()).contains("began")));
        String v = "The harbour committee began to question the new fares.";
        assertEquals("The harbour committee", join(v, withCue(v, extract(v), "began to question").source()));
    }
}
