package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where a content starts and ends (PolNeAR conventions), each rule on a hand-written sentence. */
class ContentBoundaryTest {

    @Test
    void namingVerbKeepsItsObjectWithTheQuotedComplement() {
        String t = "On the radio, Councillor Maren Holt called the ferry timetable “a standing joke.”";
        Attribution a = withCue(t, extract(t), "called");
        assertEquals("the ferry timetable “a standing joke.”", join(t, a.content()));
    }

    @Test
    void addresseeStaysOutsideAQuotedContent() {
        String t = "The harbour master told reporters, “The cranes will be back next week.”";
        Attribution a = withCue(t, extract(t), "told");
        assertEquals("“The cranes will be back next week.”", join(t, a.content()));
    }

    @Test
    void addresseeStaysOutsideAnIndirectContent() {
        String t = "The harbour master told reporters he would reopen the north quay in June.";
        Attribution a = withCue(t, extract(t), "told");
        assertEquals("he would reopen the north quay in June", join(t, a.content()));
    }

    @Test
    void askedSomeoneWhetherStartsAtTheQuestion() {
        String t = "A fisherman asked the mayor whether the quay would ever reopen.";
        Attribution a = withCue(t, extract(t), "asked");
        assertEquals("whether the quay would ever reopen", join(t, a.content()));
        String u = "The mayor asked the council to delay the vote.";
        assertEquals("the council to delay the vote", join(u, withCue(u, extract(u), "asked").content()));
    }

    @Test
    void nonRestrictiveRelativeClauseEndsTheContent() {
        String t = "Mayor Ida Brandt said she backs the new harbour plan, which also covers the old fish market.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("she backs the new harbour plan", join(t, a.content()));
    }

    @Test
    void contrastWithANewSubjectEndsTheContent() {
        String t = "The ferry company says the delays were caused by the storm, but the travellers remain angry.";
        Attribution a = withCue(t, extract(t), "says");
        assertEquals("the delays were caused by the storm", join(t, a.content()));
    }

    @Test
    void quotationGoesOnAfterACueWithALongAdjunct() {
        String t = "“We lost three boats,” the skipper said at a meeting of the harbour board in Vik. "
                + "“Nobody has paid us a penny since.”";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("“We lost three boats,” … “Nobody has paid us a penny since.”", join(t, a.content()));
    }

    @Test
    void relativePronounIsTheFirstPieceOfTheContent() {
        String t = "The council will pay for the new pier, which the mayor said the state should fund.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("which … the state should fund", join(t, a.content()));
    }

    @Test
    void participleAfterACommaSharesTheSourceInsteadOfInverting() {
        String t = "“The deal was a disaster,” the mayor said on Tuesday, referring to the harbour contract.";
        Attribution a = withCue(t, extract(t), "referring to");
        assertEquals("the mayor", join(t, a.source()));
        assertEquals("the harbour contract", join(t, a.content()));
        String u = "The mayor said the deal was “a disaster,” referring to the harbour contract.";
        assertEquals("the deal was “a disaster,”", join(u, withCue(u, extract(u), "said").content()));
        assertEquals("the harbour contract", join(u, withCue(u, extract(u), "referring to").content()));
    }

    @Test
    void headlineNameBeforeAColonAfterAKicker() {
        String t = "EXCLUSIVE – Ida Brandt: The harbour fees will double next year.";
        Attribution a = withCue(t, extract(t), ":");
        assertEquals("Ida Brandt", join(t, a.source()));
        assertEquals("The harbour fees will double next year", join(t, a.content()));
    }

    @Test
    void transcriptSpeakerInCapitals() {
        String t = "HOLT: We will not sign this agreement.";
        Attribution a = withCue(t, extract(t), ":");
        assertEquals("HOLT", join(t, a.source()));
        assertEquals("We will not sign this agreement", join(t, a.content()));
    }

    @Test
    void discussedTakesItsObjectAsContent() {
        String t = "The two ministers discussed the new fishing quotas on Monday.";
        Attribution a = withCue(t, extract(t), "discussed");
        assertEquals("The two ministers", join(t, a.source()));
        assertEquals("the new fishing quotas on Monday", join(t, a.content()));
    }

    @Test
    void openingAskedClauseIsAQuestionWithoutSource() {
        String t = "Asked about the closed ferry line, the mayor said the state would decide.";
        Attribution q = withCue(t, extract(t), "Asked about");
        assertEquals("the closed ferry line", join(t, q.content()));
        assertEquals("", join(t, q.source()));
        assertEquals("the state would decide", join(t, withCue(t, extract(t), "said").content()));
        String u = "When asked by a fisherman whether the quay would reopen, the mayor shrugged.";
        Attribution a = withCue(u, extract(u), "asked");
        assertEquals("a fisherman", join(u, a.source()));
        assertEquals("whether the quay would reopen", join(u, a.content()));
    }

    @Test
    void openingAskedQuestionRunsOverAnAppositiveAndARelativeClause() {
        String t = "Asked whether she feared that Tom Hale, a local builder, who has questioned the budget, would block the plan, Ms. Lee shrugged.";
        Attribution q = withCue(t, extract(t), "Asked");
        assertEquals("whether she feared that Tom Hale, a local builder, who has questioned the budget, would block the plan",
                join(t, q.content()));
        assertEquals("the budget", join(t, withCue(t, extract(t), "has questioned").content()));
        String u = "Asked about the bridge, the mayor, a Democrat, said the state would pay.";
        assertEquals("the bridge", join(u, withCue(u, extract(u), "Asked about").content()));
    }

    @Test
    void aContrastWithANewSubjectEndsAContentThatOpensWithAQuotation() {
        String t = "The ferry company cut its timetable on Monday, citing “unsustainable” fuel costs, but local traders questioned the figures.";
        Attribution a = withCue(t, extract(t), "citing");
        assertEquals("“unsustainable” fuel costs", join(t, a.content()));
        String u = "The harbour master said the cranes were idle, but new parts had arrived.";
        assertEquals("the cranes were idle", join(u, withCue(u, extract(u), "said").content()));
    }
}
