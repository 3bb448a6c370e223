package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.assertSourceless;
import static org.claimgraph.extract.Texts.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Agentless news passives ("was announced", "was not disclosed", "was booed"): sourceless cues about the subject. */
class NewsPassiveTest {


    @Test
    void notDisclosedReportsTheSubject() {
        assertSourceless("The price of the old ferry was not disclosed, although the owner spent a fortune.",
                "was not disclosed", "The price of the old ferry");
    }

    @Test
    void booedIsACueThoughNoReportingVerb() {
        assertSourceless("The harbour master was booed at the meeting.", "was booed", "The harbour master");
    }

    @Test
    void dummyItTakesTheThatClause() {
        assertSourceless("It was revealed in May that the mayor had used a private boat.", "was revealed",
                "that the mayor had used a private boat");
    }

    @Test
    void criticizedKeepsItsReason() {
        assertSourceless("The skipper has been criticized for ignoring the storm warnings.", "has been criticized",
                "The skipper … for ignoring the storm warnings");
    }

    @Test
    void withAnAgentOrInAnInfinitiveItIsNotThisPattern() {
        String agent = "The closure was announced by the harbour board.";
        assertTrue(extract(agent).stream().noneMatch(a -> a.source().isEmpty()), "an agent is a source");
        String infinitive = "The name of the winner is yet to be announced.";
        assertTrue(extract(infinitive).isEmpty(), "a report still to come is no cue");
    }
}
