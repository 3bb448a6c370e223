package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A fronted adjunct before "…, X boasted of …" is the scene, not the reported content. */
class FrontedAdjunctTest {

    @Test
    void participleInAFrontedAdjunctDoesNotMakeItTheContent() {
        String t = "On March 3, during a visit to the factory, now called Lakeside Works, the mayor boasted "
                + "of her skill in cutting two million dollars off the price.";
        Attribution a = withCue(t, extract(t), "boasted");
        assertEquals("of her skill in cutting two million dollars off the price", join(t, a.content()));
    }

    @Test
    void frontedClauseWithAFiniteVerbIsStillTheContent() {
        String t = "If the bridge closes again, the ferry will sell out every morning, the harbour master warned "
                + "at the meeting.";
        Attribution a = withCue(t, extract(t), "warned");
        assertEquals("If the bridge closes again, the ferry will sell out every morning", join(t, a.content()));
    }
}
