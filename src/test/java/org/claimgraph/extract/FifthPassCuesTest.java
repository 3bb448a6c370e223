package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Fifth lexicon pass by meaning: what documents, rulings and media do, and further families.
 * Invented sentences only.
 */
class FifthPassCuesTest {
    @Test
    void documentsMandateBanAndBroadcast() {
        String t = "The new harbour charter mandates that every ferry carries a doctor.";
        Attribution a = withCue(t, extract(t), "mandates");
        assertEquals("The new harbour charter", join(t, a.source()));
        assertEquals("that every ferry carries a doctor", join(t, a.content()));
        String u = "The island council banned fishing near the old pier.";
        Attribution b = withCue(u, extract(u), "banned");
        assertEquals("The island council", join(u, b.source()));
        assertEquals("fishing near the old pier", join(u, b.content()));
        String v = "The local station broadcast that the bridge would stay closed until spring.";
        Attribution c = withCue(v, extract(v), "broadcast");
        assertEquals("The local station", join(v, c.source()));
        assertEquals("that the bridge would stay closed until spring", join(v, c.content()));
    }
}
