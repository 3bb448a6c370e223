package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.assertSourceless;
import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "a port seen as vital for trade": a reduced passive of judgement after a noun, with no source. */
class ReducedAsTest {

    @Test
    void aParticipleAfterANounReportsACommonView() {
        assertSourceless("The company bought a harbour seen as vital for the fishing fleet.",
                "seen as", "a harbour … vital for the fishing fleet");
    }

    @Test
    void betweenDashesTheSubjectIsThePhraseBeforeTheDash() {
        assertSourceless("The council restored some ferry routes - seen as helpful to island families - last spring.",
                "seen as", "some ferry routes … helpful to island families");
    }

    @Test
    void anActiveVerbAfterAPronounIsNoReducedPassive() {
        String t = "The farmers sold land which they regarded as worthless.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).startsWith("regarded") && a.source().isEmpty()),
                "the farmers hold that view");
    }
}
