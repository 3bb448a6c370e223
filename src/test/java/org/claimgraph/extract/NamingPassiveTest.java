package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.assertSourceless;
import static org.claimgraph.extract.Texts.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Agentless naming and judging passives ("has been called a …", "was dubbed …", "is widely regarded
 * as …"): sourceless cues, the subject plus the name or view.
 */
class NamingPassiveTest {

    @Test
    void calledTakesTheSubjectAndTheNameOnly() {
        assertSourceless("The old harbour master has been called a stubborn genius for his refusal to retire.",
                "has been called", "The old harbour master … a stubborn genius");
    }

    @Test
    void dubbedStopsBeforeASecondPredicate() {
        assertSourceless("The new ferry was quickly dubbed the grey whale and drew crowds all summer.",
                "was quickly dubbed", "The new ferry … the grey whale");
    }

    @Test
    void aTimeIsNoName() {
        String race = "The county race was called Tuesday after the last ballots arrived.";
        assertTrue(extract(race).stream().noneMatch(a -> a.cue().contains("called")), "a date is not a name");
    }

    @Test
    void regardedAsTakesAsIntoTheCue() {
        assertSourceless("The old lighthouse keeper is widely regarded as the best storyteller on the island.",
                "is widely regarded as", "The old lighthouse keeper … the best storyteller on the island");
    }

    @Test
    void withoutAsTheseVerbsReportNothing() {
        String clinic = "The injured sailor was treated at the harbour clinic.";
        assertTrue(extract(clinic).isEmpty(), "a plain passive of treating is no report");
    }

    @Test
    void aFreeRelativeWhatIsTheSubject() {
        assertSourceless("The fishermen gathered for what is called a harbour parliament.",
                "is called", "what … a harbour parliament");
    }

    @Test
    void knownAsEndsWithTheName() {
        assertSourceless("The narrow cove was known as the grey kitchen among the older fishermen.",
                "was known as", "The narrow cove … the grey kitchen");
    }
}
