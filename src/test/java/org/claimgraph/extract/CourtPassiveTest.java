package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.assertSourceless;
import static org.claimgraph.extract.Texts.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** More agentless news passives: charges, approvals, confirmations, requests, challenges, signings. */
class CourtPassiveTest {

    @Test
    void chargedKeepsTheCharge() {
        assertSourceless("The ferry captain was charged with reckless navigation after the crash.",
                "was charged", "The ferry captain … with reckless navigation after the crash");
    }

    @Test
    void approvedReportsTheSubject() {
        assertSourceless("The new harbour wall was finally approved last spring.", "was finally approved",
                "The new harbour wall");
    }

    @Test
    void withAnAgentTheAgentIsTheSource() {
        String agent = "The harbour plan was approved by the town council.";
        assertTrue(extract(agent).stream().noneMatch(a -> a.source().isEmpty()), "an agent is a source");
    }

    @Test
    void signedReportsTheSubject() {
        assertSourceless("The fishing treaty was signed in the spring.", "was signed", "The fishing treaty");
    }

    @Test
    void challengedKeepsWhatTheChallengeWasAbout() {
        assertSourceless("The harbour master was challenged over the missing ferry fees.", "was challenged",
                "The harbour master … over the missing ferry fees");
    }

    @Test
    void confirmedAsKeepsTheRole() {
        assertSourceless("Ms. Okafor was confirmed as the new lighthouse keeper.", "was confirmed",
                "Ms. Okafor … as the new lighthouse keeper");
    }
}
