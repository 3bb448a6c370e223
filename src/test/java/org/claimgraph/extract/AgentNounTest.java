package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.assertTriple;
import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Noun cues whose source follows as a "from"/"by" agent, and possessed reluctance nouns ({@link NominalPattern}). Invented sentences. */
class AgentNounTest {

    @Test
    void complaintFromAgentTakesItsThatClause() {
        String t = "The board ignored complaints from the orchard growers that the new levy was unfair.";
        assertTriple(t, "the orchard growers", "complaints", "that the new levy was unfair");
    }

    @Test
    void adjectiveStaysInTheCueAndTheLinkOutOfTheContent() {
        String t = "The clinic issued dire warnings from its own nurses about the winter flu.";
        assertTriple(t, "its own nurses", "dire warnings", "the winter flu");
    }

    @Test
    void pledgeByAgentTakesItsInfinitive() {
        String t = "The summit ended with pledges by the coastal towns to cut plastic waste.";
        assertTriple(t, "the coastal towns", "pledges", "to cut plastic waste");
    }

    @Test
    void aDateAfterTheAgentIsNoContent() {
        String t = "The speeches by the two mayors on Wednesday drew a large crowd.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.source()).equals("the two mayors")),
                "a date is no content");
    }

    @Test
    void possessedReluctanceTakesItsInfinitive() {
        String t = "The council was surprised by the mayor's deep reluctance to raise the harbour fees.";
        assertTriple(t, "the mayor's", "deep reluctance", "to raise the harbour fees");
    }

    @Test
    void possessedDislikeTakesWhatFollowsFor() {
        String t = "Few people in town share the mayor's open dislike for the harbour plan.";
        assertTriple(t, "the mayor's", "open dislike for", "the harbour plan");
    }

    @Test
    void possessedOppositionTakesItsTargetAfterTo() {
        String t = "Few people in town share the mayor's strong opposition to the harbour plan.";
        assertTriple(t, "the mayor's", "strong opposition to", "the harbour plan");
    }
}
