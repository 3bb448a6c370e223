package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.assertSourceless;
import static org.claimgraph.extract.Texts.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "it seems the plan failed": a dummy "it" before a raising verb and a clause without "that". */
class BareClauseRaisingTest {

    @Test
    void theBareClauseIsTheContent() {
        assertSourceless("Although the count is not final, it seems the ferry company has lost its licence.",
                "seems", "the ferry company has lost its licence");
    }

    @Test
    void insideAQuestionItIsNotTheWritersView() {
        String question = "The captain asked whether it seemed the storm had passed.";
        assertTrue(extract(question).stream().noneMatch(a -> a.cue().contains("seemed") && a.source().isEmpty()),
                "the question belongs to the asker");
    }
}
