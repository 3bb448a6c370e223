package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link LightVerbPattern}: subjects, word orders and noun families of light-verb reports. Invented sentences. */
class LightVerbFamiliesTest {

    @Test
    void relativeWhoIsTheSource() {
        String t = "The new mayor, who voiced concern over the water rules, met the farmers on Monday.";
        Attribution a = withCue(t, extract(t), "voiced concern over");
        assertEquals("who", join(t, a.source()));
        assertEquals("the water rules", join(t, a.content()));
    }

    @Test
    void takeAStanceOnReportsItsObject() {
        String t = "The harbour board has taken a stance against night fishing.";
        Attribution a = withCue(t, extract(t), "has taken a stance against");
        assertEquals("The harbour board", join(t, a.source()));
        assertEquals("night fishing", join(t, a.content()));
    }

    @Test
    void notTakingAPositionIsStillAStance() {
        String t = "The minister has not taken a position on the ferry plan.";
        Attribution a = withCue(t, extract(t), "has not taken a position on");
        assertEquals("the ferry plan", join(t, a.content()));
    }

    @Test
    void anAdjectiveTaggedAsANounBeforeTheCueNoun() {
        String t = "The harbour board has taken a firm stance against night fishing.";
        Attribution a = withCue(t, extract(t), "has taken a firm stance against");
        assertEquals("The harbour board", join(t, a.source()));
        assertEquals("night fishing", join(t, a.content()));
    }

    @Test
    void heapedPraiseOnReportsItsObject() {
        String t = "The inspector heaped praise on the night shift.";
        Attribution a = withCue(t, extract(t), "heaped praise on");
        assertEquals("The inspector", join(t, a.source()));
        assertEquals("the night shift", join(t, a.content()));
    }

    @Test
    void paidTributeToReportsItsObject() {
        String t = "The captain paid tribute to the lifeboat crew.";
        Attribution a = withCue(t, extract(t), "paid tribute to");
        assertEquals("the lifeboat crew", join(t, a.content()));
    }

    @Test
    void putForwardAPlanToTakesTheInfinitive() {
        String t = "The cycling club put forward a plan to close the bridge to cars.";
        Attribution a = withCue(t, extract(t), "put forward a plan");
        assertEquals("The cycling club", join(t, a.source()));
        assertEquals("to close the bridge to cars", join(t, a.content()));
    }

    @Test
    void putAPlanAloneIsNoProposal() {
        String t = "The clerk put the plan on the table.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).startsWith("put")));
    }

    @Test
    void theAddresseeBeforeTheThatClauseIsNeitherCueNorContent() {
        String t = "The senator made the case to local donors that the bridge was safe.";
        Attribution a = withCue(t, extract(t), "made the case");
        assertEquals("The senator", join(t, a.source()));
        assertEquals("that the bridge was safe", join(t, a.content()));
    }

    @Test
    void enthusiasmIsAVoicedFeeling() {
        String t = "Residents expressed enthusiasm about the new park.";
        Attribution a = withCue(t, extract(t), "expressed enthusiasm about");
        assertEquals("Residents", join(t, a.source()));
        assertEquals("the new park", join(t, a.content()));
    }

    @Test
    void aShoutOutIsAPraise() {
        String t = "The mayor gave a shout-out to the volunteers.";
        Attribution a = withCue(t, extract(t), "gave a shout-out to");
        assertEquals("the volunteers", join(t, a.content()));
    }

    @Test
    void anApologyForReportsItsObject() {
        String t = "The coach makes no apologies for his strict training rules.";
        Attribution a = withCue(t, extract(t), "makes no apologies for");
        assertEquals("The coach", join(t, a.source()));
        assertEquals("his strict training rules", join(t, a.content()));
    }

    @Test
    void anAppositiveSubjectIsTheSource() {
        String t = "Ann Berg, the union leader, voiced support for the pay deal.";
        Attribution a = withCue(t, extract(t), "voiced support for");
        assertEquals("Ann Berg, the union leader", join(t, a.source()));
        assertEquals("the pay deal", join(t, a.content()));
    }

    @Test
    void fourWordsMayStandBeforeTheCueNoun() {
        String t = "The clerk gave her a long answer about the parking fines.";
        Attribution a = withCue(t, extract(t), "gave her a long answer about");
        assertEquals("The clerk", join(t, a.source()));
        assertEquals("the parking fines", join(t, a.content()));
    }

    @Test
    void anObjectPronounEndsTheContentBeforeADateAndARelativeClause() {
        String t = "The senator took a swing at him Thursday in a debate that ran late.";
        Attribution a = withCue(t, extract(t), "took a swing at");
        assertEquals("The senator", join(t, a.source()));
        assertEquals("him", join(t, a.content()));
    }

    @Test
    void herBeforeANounIsAPossessiveAndTheContentGoesOn() {
        String t = "The senator took a swing at her harbour plans on Thursday.";
        Attribution a = withCue(t, extract(t), "took a swing at");
        assertTrue(join(t, a.content()).startsWith("her harbour plans"));
    }

    @Test
    void aBareAddresseeBeforeANounOfBackingIsNeitherCueNorContent() {
        String t = "The dock workers gave Mayor Berg their full backing.";
        Attribution a = withCue(t, extract(t), "gave");
        assertEquals("The dock workers", join(t, a.source()));
        assertEquals("their full backing", join(t, a.content()));
    }

    @Test
    void aBareAddresseeBeforeAWarningWithAThatClause() {
        String t = "The engineer offered the council a warning that the dam could fail.";
        Attribution a = withCue(t, extract(t), "offered the council a warning");
        assertEquals("The engineer", join(t, a.source()));
        assertEquals("that the dam could fail", join(t, a.content()));
    }

    @Test
    void aGivenComplimentBeforeAColonIsLeftToTheQuote() {
        String t = "The coach gave the rookie a warm compliment: he never gives up.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).equals("gave")));
    }
}
