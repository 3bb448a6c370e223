package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A first name the taggers read as a modal ("Will wrote …") is the source. */
class ModalNameTest {

    @Test
    void willBeforeAPastVerbIsAName() {
        String t = "Will wrote that the ferry plan had failed.";
        Attribution a = withCue(t, extract(t), "wrote");
        assertEquals("Will", join(t, a.source()));
        assertEquals("that the ferry plan had failed", join(t, a.content()));
    }

    @Test
    void willBeforeAThirdPersonVerbIsAName() {
        String t = "Will believes the mayor has a good chance.";
        Attribution a = withCue(t, extract(t), "believes");
        assertEquals("Will", join(t, a.source()));
    }

    @Test
    void modalWillStaysAModal() {
        String t = "The council will say that the vote was close.";
        Attribution a = withCue(t, extract(t), "will say");
        assertEquals("The council", join(t, a.source()));
    }
}
