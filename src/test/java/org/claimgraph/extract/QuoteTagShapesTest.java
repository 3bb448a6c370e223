package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void speechTagOnlyVerbFollowedByACoordinatedClause() {
        String t = "“Go back to your seat,” Olsen barked and a guard escorted the man out.";
        Attribution a = withCue(t, extract(t), "barked");
        assertEquals("Olsen", join(t, a.source()));
        assertEquals("“Go back to your seat,”", join(t, a.content()));
        String u = "“Go back to your seat,” Olsen snapped, and a guard escorted the man out.";
        Attribution b = withCue(u, extract(u), "snapped");
        assertEquals("“Go back to your seat,”", join(u, b.content()));
    }

    @Test
    void quotationClosingThePreviousSentenceBeforeATagWithAParticipleAside() {
        String t = "\"I am not sure the ferry is available, but we will see, right?\" Olsen remarked, alluding to the storm.";
        Attribution a = withCue(t, extract(t), "remarked");
        assertEquals("Olsen", join(t, a.source()));
        assertEquals("\"I am not sure the ferry is available, but we will see, right?\"", join(t, a.content()));
    }

    @Test
    void addedToAnAddresseeAfterAQuotationIsASpeechTag() {
        String t = "“It was more than her show,” Olsen added to reporters.";
        Attribution a = withCue(t, extract(t), "added");
        assertEquals("Olsen", join(t, a.source()));
        assertEquals("“It was more than her show,”", join(t, a.content()));
    }

    @Test
    void addedToATallyIsStillNoCue() {
        String t = "The new ferry added to the losses of the harbour board last year.";
        assertEquals(0, extract(t).stream().filter(a -> join(t, a.cue()).startsWith("added")).count());
    }

    @Test
    void scoffedAsAnInvertedSpeechTag() {
        String t = "“Silly boys acting like they own the quay,” scoffed Ann Berg, 22, who helped found the club.";
        Attribution a = withCue(t, extract(t), "scoffed");
        assertEquals("“Silly boys acting like they own the quay,”", join(t, a.content()));
    }

    @Test
    void reactedAsAnInvertedSpeechTagButNotAsAPlainVerb() {
        String t = "“Who will pay for the new quay, and when?” reacted Olsen on Monday.";
        Attribution a = withCue(t, extract(t), "reacted");
        assertEquals("“Who will pay for the new quay, and when?”", join(t, a.content()));
        String u = "The harbour board reacted to the storm by closing the north quay for a week.";
        assertEquals(0, extract(u).stream().filter(b -> join(u, b.cue()).startsWith("reacted")).count());
    }

    @Test
    void addresseeAfterToDoesNotGiveTheTagAClauseOfItsOwn() {
        String t = "“Let me make it very clear that the ferry is unsafe,” he asserted to reporters on Tuesday,"
                + " repeating the warning that earned him a friendly greeting.";
        Attribution a = withCue(t, extract(t), "asserted");
        assertEquals("“Let me make it very clear that the ferry is unsafe,”", join(t, a.content()));
    }

    @Test
    void anAsideAfterTheTagDoesNotHideTheTagsOwnThatClause() {
        String t = "\"The ferry will run.\" The harbour master cautioned, as did the mayor, that the storm could close the port.";
        Attribution a = withCue(t, extract(t), "cautioned");
        assertEquals("The harbour master", join(t, a.source()));
        String content = join(t, a.content());
        assertTrue(content.endsWith("that the storm could close the port") && !content.contains("ferry"), content);
    }
}
