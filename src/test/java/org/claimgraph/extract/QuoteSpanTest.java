package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.annotate.Span;
import org.junit.jupiter.api.Test;

/**
 * How far a direct quotation's content runs: the quotation that opens the sentence after a speech
 * tag continues the speaker's words, a title quoted inside the tag does not. Invented sentences only.
 */
class QuoteSpanTest {

    @Test
    void nextSentenceQuoteAfterNoBreakSpaceContinues() {
        String t = "“The ferry will run all winter,” the harbour master said.\u00a0“We ordered a second boat.”";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("“The ferry will run all winter,” … “We ordered a second boat.”", join(t, a.content()));
    }

    @Test
    void nextSentenceQuoteAfterLongTagContinues() {
        String t = "“The ferry will run all winter,” the harbour master said on a call with islanders on Monday,"
                + " adding that fares would stay low. “We ordered a second boat.”";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("“The ferry will run all winter,” … “We ordered a second boat.”", join(t, a.content()));
    }

    @Test
    void titleInTheTagIsNotTheSecondHalf() {
        String t = "“The ferry will run all winter,” Brekke told Radio North’s “Morning Harbour” on Sunday."
                + " “We ordered a second boat.”";
        Attribution a = withCue(t, extract(t), "told");
        assertEquals("“The ferry will run all winter,” … “We ordered a second boat.”", join(t, a.content()));
    }

    @Test
    void partialQuoteWithTrailingWordsContinues() {
        String t = "“The ferry was always late” before the storm, the harbour master said. “Now it runs on time.”";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("“The ferry was always late” before the storm … “Now it runs on time.”", join(t, a.content()));
    }

    @Test
    void titleInFrontedAdjunctIsNotTheContent() {
        String t = "In an interview with “Harbour Mornings,” the mayor pointed to the ferry as the main problem.";
        Attribution a = withCue(t, extract(t), "pointed to");
        assertEquals("the ferry as the main problem", join(t, a.content()));
    }

    @Test
    void quoteWithItsOwnTagIsNotContinued() {
        String t = "“The ferry will run all winter,” Brekke said. “We ordered a second boat,” she added.";
        List<Attribution> found = extract(t);
        assertEquals("“The ferry will run all winter,”", join(t, withCue(t, found, "said").content()));
    }

    @Test
    void quoteEndingInCommaThatTheClauseCarriesOnContinues() {
        // the comma leads into "which …", not into a speech tag of its own
        String t = "“The ferry will run all winter,” Brekke said. “We ordered a second boat from the yard in Tromsø,”"
                + " which delivers it in May.";
        List<Span> quotes = new QuoteFinder().find(t);
        assertEquals("“We ordered a second boat from the yard in Tromsø,”",
                QuotePatterns.quoteStartingAfter(t, quotes, t.indexOf(" Brekke") + 7, true).of(t));
        String u = "“The ferry will run all winter,” Brekke said. “We ordered a second boat,” she noted.";
        assertNull(QuotePatterns.quoteStartingAfter(u, new QuoteFinder().find(u), u.indexOf(" Brekke") + 7, true));
    }

    @Test
    void accordingToAQuotedSpeechTagTakesTheNextSentenceQuote() {
        String t = "“The ferry will run all winter,” Senator John Miller said, according to Radio North."
                + " “We ordered a second boat.”";
        Attribution a = withCue(t, extract(t), "according to");
        assertEquals("“The ferry will run all winter,” Senator John Miller said … “We ordered a second boat.”",
                join(t, a.content()));
        String u = "“The ferry will run all winter,” Senator John Miller said, according to Radio North.\n\n"
                + "“We ordered a second boat.”";
        assertEquals("“The ferry will run all winter,” Senator John Miller said",
                join(u, withCue(u, extract(u), "according to").content()));
    }

    @Test
    void nextSentenceQuoteOnlyWithinTheParagraph() {
        String t = "“I agree with you,” Brekke said. He left.\n\n“We ordered a second boat.”";
        List<Span> quotes = new QuoteFinder().find(t);
        assertNull(QuotePatterns.quoteStartingAfter(t, quotes, t.indexOf(" Brekke"), true));
        String u = "“I agree with you,” Brekke said. “We ordered a second boat.”";
        List<Span> uq = new QuoteFinder().find(u);
        assertEquals("“We ordered a second boat.”", QuotePatterns.quoteStartingAfter(u, uq, u.indexOf(" Brekke"), true).of(u));
        assertNull(QuotePatterns.quoteStartingAfter(u, uq, u.indexOf(" Brekke"), false));
    }

    @Test
    void wholeQuotedParagraphAfterTheTagContinues() {
        String t = "“The ferry will run all winter,” the harbour master said.\n\n“We ordered a second boat. It comes in May.”"
                + "\n\nThe council meets on Friday.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("“The ferry will run all winter,” … “We ordered a second boat. It comes in May.”", join(t, a.content()));
    }

    @Test
    void quotedParagraphWithMoreTextIsNotContinued() {
        String t = "“The ferry will run all winter,” the harbour master said.\n\n“We will see,” a fisherman replied.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("“The ferry will run all winter,”", join(t, a.content()));
        String u = "“I agree with you,” Brekke said.\n\n“We ordered a boat” in March, the clerk wrote.";
        assertNull(QuotePatterns.quoteStartingAfter(u, new QuoteFinder().find(u), u.indexOf(" Brekke"), true));
    }

    @Test
    void partialQuotationRunsOverSentencesToItsClosingMark() {
        String t = "The harbour master said the ferry would \"run all winter. We ordered a second boat. It comes in May.\""
                + " The council meets on Friday.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("the ferry would \"run all winter. We ordered a second boat. It comes in May.\"", join(t, a.content()));
    }

    @Test
    void quotationEndingInsideTheSentenceIsLeftAlone() {
        String t = "The harbour master said the ferry would \"run all winter\" and stop in May. The council meets on Friday.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("the ferry would \"run all winter\" and stop in May", join(t, a.content()));
    }

    @Test
    void secondHalfAfterATagWithAnAppositive() {
        String t = "“The ferry will run all winter,” Ola Brekke, who ran the port for a decade, told the Island Post."
                + " “We ordered a second boat.”";
        Attribution a = withCue(t, extract(t), "told");
        assertEquals("“The ferry will run all winter,” … “We ordered a second boat.”", join(t, a.content()));
        assertTrue(a.direct());
    }

    @Test
    void quoteLeftOpenAtLineEndEndsWithItsLine() {
        String t = "“It is a quiet town,” Brekke said. “People here keep to themselves.\n“There is another side,” she said.";
        List<String> quotes = new QuoteFinder().find(t).stream().map(s -> s.of(t)).toList();
        assertEquals(List.of("“It is a quiet town,”", "“People here keep to themselves.", "“There is another side,”"), quotes);
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("“It is a quiet town,” … “People here keep to themselves.", join(t, a.content()));
    }

    @Test
    void quoteOverParagraphsWithANewTagKeepsItsFirstParagraph() {
        String t = "“It is a quiet town,” Brekke said. “People here keep to themselves.\n\n“There is another side,” she said.";
        List<Span> quotes = new QuoteFinder().find(t);
        assertEquals("“People here keep to themselves.",
                QuotePatterns.quoteStartingAfter(t, quotes, t.indexOf(" Brekke") + 10, true).of(t));
    }

    @Test
    void titleDetection() {
        String t = "She told the “Evening Post” on Monday and the “Harbour Weekly.” Then she said “we will see.”";
        List<Span> q = new QuoteFinder().find(t);
        assertTrue(QuotePatterns.nameInTag(t, q.get(0)));
        assertTrue(QuotePatterns.nameInTag(t, q.get(1)));
        assertFalse(QuotePatterns.nameInTag(t, q.get(2)));
    }

    @Test
    void initialsAndTitlesInTheTagDoNotEndItsSentence() {
        String t = "“The ferry will run all winter,” Brekke said on Monday, referring to Capt. Ole J. Dahl,"
                + " the U.S. envoy’s host. “We ordered a second boat.”";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("“The ferry will run all winter,” … “We ordered a second boat.”", join(t, a.content()));
    }
}
