package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Reporting verbs the taggers or the lexicon used to miss, one invented sentence each. */
class ReportingVerbRecallTest {

    @Test
    void reportingVerbTaggedAsNounIsStillACue() {
        // the universal tagger calls "notes" a noun here; its treebank tag says VBZ
        String t = "Pavel Ostrov, a veteran farm economist, notes that rain in May is enough to save the harvest.";
        Attribution a = withCue(t, extract(t), "notes");
        assertEquals("Pavel Ostrov, a veteran farm economist", join(t, a.source()));
        assertEquals("that rain in May is enough to save the harvest", join(t, a.content()));
    }
}
