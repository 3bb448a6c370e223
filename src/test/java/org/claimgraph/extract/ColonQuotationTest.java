package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A clause ending in a colon before a quotation reports the quotation. Invented sentences only. */
class ColonQuotationTest {

    @Test
    void anyVerbBeforeAColonAndAQuotation() {
        String t = "The harbour master went even further: “If the ferry stops, the island dies.”";
        Attribution a = withCue(t, extract(t), "went even further:");
        assertEquals("The harbour master", join(t, a.source()));
        assertEquals("“If the ferry stops, the island dies.”", join(t, a.content()));
    }

    @Test
    void theMainClauseAfterAnOpeningSubordinateClauseSpeaks() {
        String t = "When the storm passed, the council issued the following statement: “We thank every volunteer.”";
        Attribution a = withCue(t, extract(t), "issued the following statement:");
        assertEquals("the council", join(t, a.source()));
        assertEquals("“We thank every volunteer.”", join(t, a.content()));
    }

    @Test
    void aQuotationAlreadyReportedIsNotReportedTwice() {
        String t = "The mayor said: “The quay reopens on Monday.”";
        List<Attribution> all = extract(t);
        assertEquals(1, all.size());
        assertTrue(join(t, all.get(0).cue()).startsWith("said"));
    }
}
