package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Content boundaries where a parenthetical or final cue meets a coordinated second report. */
class CoordinatedReportsTest {

    @Test
    void reportAfterAParentheticalCueAndAndStandsOnItsOwn() {
        String t = "The boat was insured for $3 million in 2011, records show, and insurance experts say it is now worth $800,000.";
        List<Attribution> all = extract(t);
        Attribution show = withCue(t, all, "show");
        assertEquals("The boat was insured for $3 million in 2011", join(t, show.content()));
        Attribution say = withCue(t, all, "say");
        assertEquals("insurance experts", join(t, say.source()));
        assertEquals("it is now worth $800,000", join(t, say.content()));
    }
}
