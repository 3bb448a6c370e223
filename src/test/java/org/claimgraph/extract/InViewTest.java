package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link InView}: "in X's view" set off by commas. Invented sentences. */
class InViewTest {

    private static void assertTriple(String t, String source, String content) {
        Attribution a = withCue(t, extract(t), "view");
        assertEquals(source, join(t, a.source()), "source");
        assertEquals(content, join(t, a.content()), "content");
    }

    @Test
    void openingPhraseOwnsTheClauseAfterIt() {
        assertTriple("In the planner's view, the ferry pier is far too short for the new boats.",
                "the planner's", "the ferry pier is far too short for the new boats");
        assertTriple("In their view, the council could win every district in the valley.",
                "their", "the council could win every district in the valley");
    }

    @Test
    void interruptingPhraseOwnsBothParts() {
        String t = "The only sensible step, in Professor Lane's view, would be a new toll on trucks.";
        Attribution a = withCue(t, extract(t), "view");
        assertEquals("Professor Lane's", join(t, a.source()));
        assertEquals(2, a.content().size());
        assertEquals("The only sensible step", t.substring(a.content().get(0).begin(), a.content().get(0).end()));
    }

    @Test
    void closingPhraseOwnsTheClauseBeforeIt() {
        assertTriple("The harbour roads are a disgrace, in the mayor's view.", "the mayor's", "The harbour roads are a disgrace");
    }

    @Test
    void phraseInsideARelativeClauseIsLeftAlone() {
        String t = "The guild, which in his view has grown stronger, met on Monday.";
        List<Attribution> all = extract(t);
        assertTrue(all.stream().noneMatch(a -> join(t, a.cue()).equals("view")));
    }
}
