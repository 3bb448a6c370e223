package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A quotation followed by its speech tag, in shapes the plain subject rules miss. */
class QuoteTagShapesTest {

    @Test
    void invertedTagWithAStandaloneDeterminerAsSource() {
        String t = "\"Better watch out for the ferry captain,\" wrote another.";
        Attribution a = withCue(t, extract(t), "wrote");
        assertEquals("another", join(t, a.source()));
        assertEquals("\"Better watch out for the ferry captain,\"", join(t, a.content()));
    }

    @Test
    void invertedTagWithACapitalisedAdjectiveHeadAndAParticiple() {
        String t = "\"We will see a lot of spending on the harbour,\" said one Republican involved in the planning.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("one Republican involved in the planning", join(t, a.source()));
        assertEquals("\"We will see a lot of spending on the harbour,\"", join(t, a.content()));
    }
}
