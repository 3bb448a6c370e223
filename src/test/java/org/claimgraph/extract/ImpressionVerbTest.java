package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.assertSourceless;
import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "X looks weak", "X sounded tired": the writer's impression of X, with no source. */
class ImpressionVerbTest {

    @Test
    void anAdjectiveAfterLooksIsTheImpression() {
        assertSourceless("After the second recount, the harbour board looks much weaker than a year ago.",
                "looks", "the harbour board … much weaker than a year ago");
    }

    @Test
    void likeBelongsToTheCue() {
        assertSourceless("By the spring the harbour board looked like a lost cause.", "looked like",
                "the harbour board … a lost cause");
    }

    @Test
    void aModalOrNegationIsNoImpression() {
        String t = "The plan might sound odd to newcomers, and the budget doesn't look good either.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).contains("sound") || join(t, a.cue()).contains("look")),
                "a hypothesis or a denial is not the writer's impression");
    }

    @Test
    void anEmptyLikeIsNoCue() {
        String t = "The mayor asked what the new ferry would look like.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).contains("look")), "the question is the mayor's");
    }

    @Test
    void anAdjectiveOpeningANounPhraseIsNoPredicate() {
        String t = "The church bells sounded several times before noon, and the ferry looked full.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).contains("sound")),
                "\"sounded several times\" is a sound, not an impression");
        assertSourceless(t, "looked", "the ferry … full");
    }
}
