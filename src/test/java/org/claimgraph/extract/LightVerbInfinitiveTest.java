package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link LightVerbPattern} with a to-infinitive after the cue noun. Invented sentences. */
class LightVerbInfinitiveTest {

    @Test
    void promiseAfterALightVerbTakesTheInfinitive() {
        String t = "Ruiz delivered a forceful promise to repave every road in the county.";
        Attribution a = withCue(t, extract(t), "delivered a forceful promise");
        assertEquals("Ruiz", join(t, a.source()));
        assertEquals("to repave every road in the county", join(t, a.content()));
    }

    @Test
    void callAfterALightVerbTakesTheInfinitive() {
        String t = "The union issued a call to boycott the ferry.";
        Attribution a = withCue(t, extract(t), "issued a call");
        assertEquals("to boycott the ferry", join(t, a.content()));
    }

    @Test
    void repeatedPromiseIsNoLightVerbReport() {
        String t = "The candidate repeated his promise to close the old mine.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).equals("repeated his promise")));
    }
}
