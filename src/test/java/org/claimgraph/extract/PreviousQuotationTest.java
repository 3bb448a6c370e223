package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A quotation closing the previous sentence is not the content of a cue with words of its own. */
class PreviousQuotationTest {

    @Test
    void cueWithItsOwnQuotationTakesThatOne() {
        String t = "“The quay is a disgrace.” The skipper added, “The ferry company must pay for the repairs.”";
        Attribution a = withCue(t, extract(t), "added");
        assertEquals("“The ferry company must pay for the repairs.”", join(t, a.content()));
    }

    @Test
    void cueWithItsOwnClauseTakesTheClause() {
        String t = "“The quay is a disgrace.” The skipper argued the ferry company must pay for the repairs.";
        Attribution a = withCue(t, extract(t), "argued");
        assertEquals("the ferry company must pay for the repairs", join(t, a.content()));
    }

    @Test
    void bareTagStillTakesThePreviousQuotation() {
        String t = "“The quay is a disgrace.” The skipper said.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("“The quay is a disgrace.”", join(t, a.content()));
    }

    @Test
    void cueWithAnObjectTakesTheObject() {
        String t = "“The quay is a disgrace.” The skipper called for a ban on ferries entering the harbour at night.";
        Attribution a = withCue(t, extract(t), "called for");
        assertEquals("a ban on ferries entering the harbour at night", join(t, a.content()));
    }

    @Test
    void tagWithAnAdjunctStillTakesThePreviousQuotation() {
        String t = "“The quay is a disgrace.” The skipper said on Tuesday.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("“The quay is a disgrace.”", join(t, a.content()));
    }

    @Test
    void cueWithAShortObjectTakesTheObject() {
        String t = "“The quay is a disgrace.” The skipper demanded a new quay for the harbour.";
        Attribution a = withCue(t, extract(t), "demanded");
        assertEquals("a new quay for the harbour", join(t, a.content()));
    }
}
