package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Say-family reports ("said", "told", "wrote", "tweeted") in shapes the verbal pattern used to miss. */
class SayFamilyTest {

    @Test
    void noBreakSpaceBetweenQuotationAndSpeechTag() {
        String t = "\u201cThe ferry will run again,\u201d\u00a0Ines Duarte said.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("\u201cThe ferry will run again,\u201d", join(t, a.content()));
        assertEquals("Ines Duarte", join(t, a.source()));
    }

    @Test
    void nestedQuoteClosingWithThreeApostrophes() {
        String t = "''The crew will sail at dawn, 'rain or shine,''' said Pavel Novak.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("Pavel Novak", join(t, a.source()));
        assertEquals("''The crew will sail at dawn, 'rain or shine,''", join(t, a.content()));
    }
}
