package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.assertTriple;
import static org.claimgraph.extract.Texts.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Shapes of lexicon verbs that used to yield no attribution or a wrong one. Invented sentences. */
class LexiconVerbMissesTest {

    @Test
    void passiveAskedByAnAskerReportsTheQuestionNotTheSubject() {
        String t = "The harbour master was asked by a local reporter whether the ferry fares would rise.";
        assertTriple(t, "a local reporter", "was asked", "whether the ferry fares would rise");
    }

    @Test
    void lookingToBeforeAnInfinitiveReportsAnAim() {
        String t = "The harbour board is looking to sell the old pier before winter.";
        assertTriple(t, "The harbour board", "is looking", "to sell the old pier before winter");
    }

    @Test
    void looksToBeIsASeemingNotAnAim() {
        String t = "The harbour board looks to be losing money on the ferry.";
        assertEquals(0, extract(t).size());
    }

    @Test
    void talkingToAnAddresseeAboutKeepsTheAddresseeOutOfCueAndContent() {
        String t = "The harbour master is talking to fishermen about the new quotas.";
        assertTriple(t, "The harbour master", "is talking", "about the new quotas");
    }
}
