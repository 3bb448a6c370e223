package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reports with a sure cue whose subject stands behind an aside the plain subject rules stop at. */
class MissedSourcesTest {

    @Test
    void participleAsideEndingInAQuotationLeavesTheSubject() {
        String t = "Mr. Lind, citing ''the unusual strength of the harbour,'' said the town could be in a very competitive position.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("Mr. Lind", join(t, a.source()));
        assertEquals("the town could be in a very competitive position", join(t, a.content()));
    }

    @Test
    void appositionEndingInAQuotedNameBelongsToTheSource() {
        String t = "Karl Mose, the sailor known as “Gull,” stated that he had seen the storm.";
        Attribution a = withCue(t, extract(t), "stated");
        assertEquals("Karl Mose, the sailor known as “Gull,”", join(t, a.source()));
        assertEquals("that he had seen the storm", join(t, a.content()));
    }

    @Test
    void appositionInsideAWhoseClauseStaysInTheSource() {
        String t = "Ann Berg, whose latest company, Tidal, builds small boats, said the harbour was a place very much in the spirit of the coast.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("Ann Berg, whose latest company, Tidal, builds small boats", join(t, a.source()));
        assertEquals("the harbour was a place very much in the spirit of the coast", join(t, a.content()));
    }

    @Test
    void saidTaggedAsAnAdjectiveIsStillACue() {
        String t = "Yet another said, “Berg is in a three-way race with Lind and Olsen” for second place.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("another", join(t, a.source()));
        assertTrue(join(t, a.content()).startsWith("“Berg is in a three-way race"), () -> join(t, a.content()));
    }

    @Test
    void reportingVerbTaggedAsAPluralNounEndsASpeechTag() {
        String t = "“We will build the pier before winter,” a voice-over in the ad states.";
        Attribution a = withCue(t, extract(t), "states");
        assertEquals("a voice-over in the ad", join(t, a.source()));
        assertEquals("“We will build the pier before winter,”", join(t, a.content()));
    }

    @Test
    void plainInvertedTagKeepsTheWholeDescriptionOfItsSource() {
        String t = "“We will fight on,” said Eva Lund, a lawyer who has filed many of the suits challenging the quota and whose firm represents the fishermen.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("Eva Lund, a lawyer who has filed many of the suits challenging the quota and whose firm represents the fishermen",
                join(t, a.source()));
        assertEquals("“We will fight on,”", join(t, a.content()));
    }

    @Test
    void unpairedClosingMarkAfterACommaEndsTheSpeech() {
        String t = "” … in the case of the harbour, the ferry has already left the quay, ” wrote the local paper.";
        Attribution a = withCue(t, extract(t), "wrote");
        assertEquals("the local paper", join(t, a.source()));
        assertEquals("” … in the case of the harbour, the ferry has already left the quay, ”", join(t, a.content()));
    }

    @Test
    void loneCapitalisedNounOpensALongApposition() {
        String t = "Sanders, a senator from the state of Vermont and self-described democratic socialist, said economic stagnation is the source of much of the public anger.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("Sanders, a senator from the state of Vermont and self-described democratic socialist", join(t, a.source()));
    }
}
