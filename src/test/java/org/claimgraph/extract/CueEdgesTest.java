package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;

import org.junit.jupiter.api.Test;

/**
 * Where a cue ends or starts once the patterns are done ({@link VerbGroups#cueEdges}): the word
 * linking some verbs to their content joins the cue, and the content starts after it.
 * Hand-written sentences only.
 */
class CueEdgesTest {

    @Test
    void respondTakesItsPreposition() {
        String t = "The harbour office did not respond to questions about the closed pier.";
        Attribution a = withCue(t, extract(t), "did not respond to");
        assertEquals("The harbour office", join(t, a.source()));
        assertEquals("questions about the closed pier", join(t, a.content()));
    }

    @Test
    void askForTakesItsPreposition() {
        String t = "The ferry workers asked for a second vote on the new rota.";
        Attribution a = withCue(t, extract(t), "asked for");
        assertEquals("The ferry workers", join(t, a.source()));
        assertEquals("a second vote on the new rota", join(t, a.content()));
    }

    @Test
    void cautionAgainstTakesItsPreposition() {
        String t = "The village doctor cautioned against closing the clinic before the winter.";
        Attribution a = withCue(t, extract(t), "cautioned against");
        assertEquals("The village doctor", join(t, a.source()));
        assertEquals("closing the clinic before the winter", join(t, a.content()));
    }

    @Test
    void askWithAClauseKeepsItsShortCue() {
        String t = "The ferry workers asked whether the rota would change.";
        Attribution a = withCue(t, extract(t), "asked");
        assertEquals("whether the rota would change", join(t, a.content()));
    }

    @Test
    void writtenStatementClosingTheSentenceJoinsTheCue() {
        String t = "\"The pier will reopen in May,\" the harbour office said in a statement.";
        Attribution a = withCue(t, extract(t), "said in a statement");
        assertEquals("the harbour office", join(t, a.source()));
        assertEquals("\"The pier will reopen in May,\"", join(t, a.content()));
    }

    @Test
    void interviewClosingTheSentenceStaysOutOfTheCue() {
        String t = "\"The pier will reopen in May,\" the harbour master said in an interview.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("the harbour master", join(t, a.source()));
    }

    @Test
    void issuedStatementSayingIsOneCue() {
        String t = "The ferry company also issued a statement saying the night crossings would end in June.";
        Attribution a = withCue(t, extract(t), "also issued a statement saying");
        assertEquals("The ferry company", join(t, a.source()));
        assertEquals("the night crossings would end in June", join(t, a.content()));
    }

    @Test
    void sayingAfterACommaKeepsItsShortCue() {
        String t = "The mayor went back to her earlier statement, saying the pier would reopen soon.";
        Attribution a = withCue(t, extract(t), "saying");
        assertEquals("the pier would reopen soon", join(t, a.content()));
    }

    @Test
    void socialNetworkJoinsTheCue() {
        String t = "The mayor wrote on Twitter that the pier would reopen in May.";
        Attribution a = withCue(t, extract(t), "wrote on Twitter");
        assertEquals("The mayor", join(t, a.source()));
        assertEquals("that the pier would reopen in May", join(t, a.content()));
    }

    @Test
    void statementBeforeAColonQuotationStaysInTheCue() {
        String t = "The mayor said in a statement: \"The pier will reopen in May.\"";
        Attribution a = withCue(t, extract(t), "said in a statement");
        assertEquals("The mayor", join(t, a.source()));
        assertEquals("\"The pier will reopen in May.\"", join(t, a.content()));
    }

    @Test
    void eventAndInterviewAdjunctsStayOutOfTheCue() {
        String t = "The mayor said at the hearing that the pier would reopen in May.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("that the pier would reopen in May", join(t, a.content()));
        String u = "The mayor said in an interview that the pier would reopen in May.";
        Attribution b = withCue(u, extract(u), "said");
        assertEquals("that the pier would reopen in May", join(u, b.content()));
    }

    @Test
    void verbParticleJoinsTheCue() {
        String t = "The fishermen's union called out the harbour board for its silence on the closed pier.";
        Attribution a = withCue(t, extract(t), "called out");
        assertEquals("The fishermen's union", join(t, a.source()));
        assertEquals("the harbour board for its silence on the closed pier", join(t, a.content()));
    }

    @Test
    void vouchTakesItsPreposition() {
        String t = "The old ferry captain vouched for the new harbour master.";
        Attribution a = withCue(t, extract(t), "vouched for");
        assertEquals("The old ferry captain", join(t, a.source()));
        assertEquals("the new harbour master", join(t, a.content()));
    }

    @Test
    void curlyContractionJoinsTheCueAndLeavesThePronoun() {
        String t = "The ferry strike went on for a week. He’s predicting a quick end to it.";
        Attribution a = withCue(t, extract(t), "’s predicting");
        assertEquals("He", join(t, a.source()));
        assertEquals("a quick end to it", join(t, a.content()));
    }

    @Test
    void accordingToAfterThatsTakesTheContraction() {
        String t = "The pier will reopen in May. That’s according to the harbour master.";
        Attribution a = withCue(t, extract(t), "’s according to");
        assertEquals("the harbour master", join(t, a.source()));
        assertEquals("That", join(t, a.content()));
    }

    @Test
    void verbFramingAReportingGerundJoinsTheCue() {
        String t = "The harbour master began by saying the pier would reopen in May.";
        Attribution a = withCue(t, extract(t), "began by saying");
        assertEquals("The harbour master", join(t, a.source()));
        assertEquals("the pier would reopen in May", join(t, a.content()));
    }

    @Test
    void gerundAfterANounKeepsItsShortCue() {
        String t = "The union ended the dispute by saying the pier would reopen in May.";
        Attribution a = withCue(t, extract(t), "saying");
        assertEquals("the pier would reopen in May", join(t, a.content()));
    }

    @Test
    void monthAdjunctStaysOutOfTheCue() {
        String t = "The harbour master predicted in March that the pier would reopen in May.";
        Attribution a = withCue(t, extract(t), "predicted");
        assertEquals("The harbour master", join(t, a.source()));
        assertEquals("that the pier would reopen in May", join(t, a.content()));
    }

    @Test
    void backAsAParticleJoinsTheCue() {
        String t = "\"Open the pier,\" the fishermen shouted back.";
        Attribution a = withCue(t, extract(t), "shouted back");
        assertEquals("the fishermen", join(t, a.source()));
    }

    @Test
    void dayBeforeAContentWithoutThatJoinsTheCue() {
        String t = "The mayor said Tuesday the bridge would reopen in May.";
        Attribution a = withCue(t, extract(t), "said Tuesday");
        assertEquals("the bridge would reopen in May", join(t, a.content()));
        String u = "The mayor said Tuesday that the bridge would reopen in May.";
        assertEquals("that the bridge would reopen in May", join(u, withCue(u, extract(u), "said").content()));
        String v = "The mayor said Tuesday's vote would settle the matter.";
        assertEquals("Tuesday's vote would settle the matter", join(v, withCue(v, extract(v), "said").content()));
    }

    @Test
    void aPleaJoinsTheCue() {
        String t = "The former clerk pleaded guilty to taking money from the harbour fund.";
        Attribution a = withCue(t, extract(t), "pleaded guilty");
        assertEquals("to taking money from the harbour fund", join(t, a.content()));
    }
}
