package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;

import org.junit.jupiter.api.Test;

/**
 * Stance predicates built on an adjective or participle after a copula ("they're supportive of",
 * "were quick to point out", "are divided on"). Hand-written sentences only.
 */
class StancePredicateTest {

    @Test
    void contractedCopulaCarriesTheStance() {
        String t = "They're supportive of the new ferry timetable.";
        Attribution a = withCue(t, extract(t), "'re supportive of");
        assertEquals("They", join(t, a.source()));
        assertEquals("the new ferry timetable", join(t, a.content()));
    }

    @Test
    void quickToTakesTheVerbIntoTheCue() {
        String t = "The ferry captains were quick to point out that the pier was unsafe.";
        Attribution a = withCue(t, extract(t), "were quick to point out");
        assertEquals("The ferry captains", join(t, a.source()));
        assertEquals("that the pier was unsafe", join(t, a.content()));
        String u = "The rowing club was quick to condemn the new fees.";
        assertEquals("the new fees", join(u, withCue(u, extract(u), "was quick to condemn").content()));
    }

    @Test
    void dividedOnAnEmbeddedQuestion() {
        String t = "Older voters are evenly split on whether the harbour should close.";
        Attribution a = withCue(t, extract(t), "are evenly split on");
        assertEquals("Older voters", join(t, a.source()));
        assertEquals("whether the harbour should close", join(t, a.content()));
        String u = "The council members were divided on the question of parking fees.";
        assertEquals("the question of parking fees", join(u, withCue(u, extract(u), "were divided on").content()));
    }

    @Test
    void reactionParticipleWithItsPreposition() {
        String t = "The harbour pilots were pleased with the new tide tables.";
        Attribution a = withCue(t, extract(t), "were pleased with");
        assertEquals("The harbour pilots", join(t, a.source()));
        assertEquals("the new tide tables", join(t, a.content()));
        String u = "The bakers have been startled by the price of flour.";
        assertEquals("the price of flour", join(u, withCue(u, extract(u), "have been startled by").content()));
    }

    @Test
    void candourAndMoodAboutAMatter() {
        String t = "The harbour master was upbeat about the dredging talks.";
        Attribution a = withCue(t, extract(t), "was upbeat about");
        assertEquals("The harbour master", join(t, a.source()));
        assertEquals("the dredging talks", join(t, a.content()));
        String v = "The club was mum on the stadium deal.";
        assertEquals("the stadium deal", join(v, withCue(v, extract(v), "was mum on").content()));
    }

    @Test
    void distrustAndSympathyTowardASide() {
        String t = "The ferry crews are deeply leery of the new night timetable.";
        Attribution a = withCue(t, extract(t), "are deeply leery of");
        assertEquals("The ferry crews", join(t, a.source()));
        assertEquals("the new night timetable", join(t, a.content()));
        String v = "The fishing guild has been hostile to the harbour toll.";
        assertEquals("the harbour toll", join(v, withCue(v, extract(v), "has been hostile to").content()));
    }

    @Test
    void aGroupStillWeighingAChoice() {
        String t = "A third of the rowing club members were undecided about the new boathouse fee.";
        Attribution a = withCue(t, extract(t), "were undecided about");
        assertEquals("A third of the rowing club members", join(t, a.source()));
        assertEquals("the new boathouse fee", join(t, a.content()));
    }

    @Test
    void commitmentToACause() {
        String t = "The anglers' league is dedicated to stopping the new dam.";
        Attribution a = withCue(t, extract(t), "is dedicated to");
        assertEquals("The anglers' league", join(t, a.source()));
        assertEquals("stopping the new dam", join(t, a.content()));
    }

    @Test
    void feelingAboutAStateOfAffairsTakesAClause() {
        String t = "The ferry crews were frustrated that the repairs had stalled.";
        Attribution a = withCue(t, extract(t), "were frustrated");
        assertEquals("The ferry crews", join(t, a.source()));
        assertEquals("that the repairs had stalled", join(t, a.content()));
        String u = "The harbour master is glad the dredging has begun.";
        assertEquals("the dredging has begun", join(u, withCue(u, extract(u), "is glad").content()));
    }

    @Test
    void stanceContentRunsToTheClauseEnd() {
        String t = "The fishermen were alarmed at the focused and sustained attacks on the harbour board.";
        Attribution a = withCue(t, extract(t), "were alarmed at");
        assertEquals("The fishermen", join(t, a.source()));
        assertEquals("the focused and sustained attacks on the harbour board", join(t, a.content()));
    }
}
