package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "Name: content" lines, signed quotations and backing verbs: invented sentences only. */
class ColonAndBackingTest {

    @Test
    void transcriptTurnRunsToTheParagraphEnd() {
        String t = "The interview was short.\n\nHANSEN: We tried the new ferry route. It failed within a month.\n\nThe board met later.";
        Attribution a = withCue(t, extract(t), ":");
        assertEquals("HANSEN", join(t, a.source()));
        assertEquals("We tried the new ferry route. It failed within a month", join(t, a.content()));
    }

    @Test
    void headlineSpeakerTheUdTaggerReadsAsAnAdverb() {
        // the UD tagger tags "Scarborough" ADV here; the Penn tagger still says NNP
        String t = "Joe Scarborough: Donald Trump playing dumb is disqualifying\n\nThe host spoke on Monday.";
        Attribution a = withCue(t, extract(t), ":");
        assertEquals("Joe Scarborough", join(t, a.source()));
        assertEquals("Donald Trump playing dumb is disqualifying", join(t, a.content()));
    }

    @Test
    void headlineSpeakerWithAnAddressee() {
        String t = "Mayor Olsen to Islanders: The ferry will run all winter\n\nThe mayor spoke on Monday.";
        Attribution a = withCue(t, extract(t), ":");
        assertEquals("The ferry will run all winter", join(t, a.content()));
        assertTrue(join(t, a.source()).startsWith("Mayor Olsen"));
    }

    @Test
    void quotedParagraphSignedOnTheNextLine() {
        String t = "The ferry debate was loud.\n\n\"We will keep the quay open for every family.\"\n\n-Mayor Ann Olsen, after the vote.";
        Attribution a = withCue(t, extract(t), "-");
        assertEquals("Mayor Ann Olsen", join(t, a.source()));
        assertEquals("\"We will keep the quay open for every family.\"", join(t, a.content()));
    }

    @Test
    void bylineAfterAPlainParagraphIsNoReport() {
        String t = "The board met on Tuesday and voted to keep the quay.\n\n- Ann Olsen.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).equals("-")));
    }

    @Test
    void questionKeepsItsMark() {
        String t = "The interview was short.\n\nQ: Did the harbour board ever answer you?\n\nThe board met later.";
        Attribution a = withCue(t, extract(t), ":");
        assertEquals("Did the harbour board ever answer you?", join(t, a.content()));
    }

    @Test
    void listOfNamedItemsInOneParagraphKeepsEachSentence() {
        String t = "Oldham: Keep the quay open. Brandt: Close it; the money is gone.";
        Attribution a = withCue(t, extract(t), ":");
        assertEquals("Oldham", join(t, a.source()));
        assertEquals("Keep the quay open", join(t, a.content()));
    }

    @Test
    void quotedAuthorsAfterADashedTitle() {
        String t = "FERRY TURNOUT WAS LOW - Ann Berg and Tom Moe: “The northern route lost half its riders in May.”";
        Attribution a = withCue(t, extract(t), ":");
        assertEquals("Ann Berg and Tom Moe", join(t, a.source()));
        assertEquals("“The northern route lost half its riders in May.”", join(t, a.content()));
    }

    @Test
    void dashedTitleWithoutAQuotationIsNoStatement() {
        String t = "Ferry timetable - Route map: north quay and south quay.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).equals(":")));
    }

    @Test
    void backingWithAPronounObject() {
        String t = "On Tuesday, Mayor Olsen endorsed her, citing her long record.";
        Attribution a = withCue(t, extract(t), "endorsed");
        assertEquals("Mayor Olsen", join(t, a.source()));
        assertEquals("her", join(t, a.content()));
        String u = "Olsen endorsed him.";
        assertEquals("him", join(u, withCue(u, extract(u), "endorsed").content()));
    }

    @Test
    void hypotheticalOrSpendingBackingOfAPronounIsNoReport() {
        String t = "The ferry union would support him.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).contains("support")));
        String u = "The money came from a fund supporting her.";
        assertTrue(extract(u).stream().noneMatch(a -> join(u, a.cue()).contains("supporting")));
    }

    @Test
    void creditLineIsNoSpeaker() {
        String t = "The ferry will run again in May.\n\nContributing: Ann Berg and Tom Moe.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).equals(":")));
    }
}
