package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Sentences that open with an inverted speech tag ("Said X, “…”"), and names that are also words. */
class OpeningTagTest {

    @Test
    void saidThenNameThenQuotation() {
        String t = "Said Lind, “The budget is balanced.”";
        Attribution a = withCue(t, extract(t), "Said");
        assertEquals("Lind", join(t, a.source()));
        assertEquals("“The budget is balanced.”", join(t, a.content()));
    }

    @Test
    void saidThenNameWithRelativeClauseThenQuotation() {
        String t = "Said Ann Berg, who grew up in the harbour town, “We were all so proud of her.”";
        Attribution a = withCue(t, extract(t), "Said");
        assertEquals("Ann Berg, who grew up in the harbour town", join(t, a.source()));
        assertEquals("“We were all so proud of her.”", join(t, a.content()));
    }

    @Test
    void openingTagTakesItsOwnQuotationNotTheOneBefore() {
        String t = "“The ferry is late again,” the skipper said.\n\nStated the mayor: “The bridge will open next spring.”";
        Attribution a = withCue(t, extract(t), "Stated");
        assertEquals("the mayor", join(t, a.source()));
        assertEquals("“The bridge will open next spring.”", join(t, a.content()));
    }
}
