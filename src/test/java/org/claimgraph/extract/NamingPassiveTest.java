package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.assertSourceless;
import static org.claimgraph.extract.Texts.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Agentless naming passives ("has been called a …", "was dubbed "…""): sourceless cues, subject plus name. */
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
}
