package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.assertSourceless;

import org.junit.jupiter.api.Test;

/** Agentless passives of praise, blame and argument ("was condemned", "was argued"): sourceless news passives. */
class JudgingPassiveTest {

    @Test
    void condemnedReportsTheSubject() {
        assertSourceless("The new ferry timetable was condemned.", "was condemned",
                "The new ferry timetable");
    }

    @Test
    void aCaseThatWasArguedIsTheContent() {
        assertSourceless("The boundary case was argued in March.", "was argued", "The boundary case");
    }
}
