package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;

import org.junit.jupiter.api.Test;

/**
 * A verb of beginning or going on directly before a reporting gerund joins the cue with its verb
 * group ({@link VerbGroups#cueEdges}). Hand-written sentences only.
 */
class AspectCueTest {

    @Test
    void beganJoinsTheGerundCue() {
        String t = "The ferry captain closed the harbour and began saying that the crossing was too rough for small boats.";
        Attribution a = withCue(t, extract(t), "began saying");
        assertEquals("The ferry captain", join(t, a.source()));
        assertEquals("that the crossing was too rough for small boats", join(t, a.content()));
    }

    @Test
    void auxiliaryAndAdverbOfTheAspectVerbJoinToo() {
        String t = "The council has lately started asking residents to report broken lamps.";
        Attribution a = withCue(t, extract(t), "has lately started asking");
        assertEquals("The council", join(t, a.source()));
        assertEquals("residents to report broken lamps", join(t, a.content()));
    }

    @Test
    void aPlainSubjectBeforeTheAspectVerbIsTheGerundsSource() {
        String t = "The skipper kept insisting that the storm had passed.";
        Attribution a = withCue(t, extract(t), "kept insisting");
        assertEquals("The skipper", join(t, a.source()));
        assertEquals("that the storm had passed", join(t, a.content()));
    }
}
