package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

/** Sentence shapes around known cue verbs that the patterns used to miss. */
class RecallShapesTest {

    @Test
    void longAppositionWithARelativeClauseBeforeTheCue() {
        String t = "Nora Quist, acting director of the Fjord Trust, which organized the petition, said the ferry fares were too high.";
        Attribution a = withCue(t, extract(t), "said");
        assertNotNull(a);
        assertEquals("Nora Quist, acting director of the Fjord Trust, which organized the petition", join(t, a.source()));
        assertEquals("the ferry fares were too high", join(t, a.content()));
    }

    @Test
    void longAppositionAfterAnOpeningConjunctionKeepsTheName() {
        String t = "But Mara Holt, chief engineer of Delta Yards, a shipbuilder owned by the harbour board, said the crane was safe.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("Mara Holt, chief engineer of Delta Yards, a shipbuilder owned by the harbour board", join(t, a.source()));
    }

    @Test
    void aClauseBetweenTheCommasIsNoApposition() {
        String t = "Nora Quist, the skipper, sold the boat last week, saying the fares were too high.";
        extract(t).stream().filter(a -> join(t, a.cue()).equals("saying")).forEach(a ->
                assertEquals(false, join(t, a.source()).contains("sold")));
    }
}
