package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;
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

    /** Builds a sentence from "word/UD/PTB[/CHUNK]" items separated by single spaces. */
    private static Sentence tagged(String items) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String item : items.split(" ")) {
            String[] p = item.split("/");
            tokens.add(new Token(at, at + p[0].length(), p[0], p[1], p[0].toLowerCase(java.util.Locale.ROOT), p[2],
                    p.length > 3 ? p[3] : p[2].startsWith("VB") ? "B-VP" : p[2].startsWith("NN") ? "B-NP" : "O"));
            at += p[0].length() + 1;
        }
        return new Sentence(0, at - 1, tokens);
    }

    @Test
    void reportingVerbWithAWildUniversalTagIsStillACue() {
        Sentence s = tagged("Lind/PROPN/NNP tweeted/ADP/VBD the/DET/DT bridge/NOUN/NN would/AUX/MD close/VERB/VB ./PUNCT/.");
        String text = "Lind tweeted the bridge would close .";
        List<Candidate> found = new AttributionFinder(new Lexicon()).find(text, s, List.<Span>of());
        assertEquals(1, found.size());
        Candidate c = found.get(0);
        assertEquals("tweeted", text.substring(c.cueSpan().begin(), c.cueSpan().end()));
        assertEquals("Lind", text.substring(c.source().get(0).begin(), c.source().get(0).end()));
        assertTrue(text.substring(c.content().get(0).begin(), c.content().get(0).end()).startsWith("the bridge would close"));
    }

    @Test
    void mistaggedSayNeedsAVerbalTreebankTag() {
        assertTrue(VerbalPattern.mistaggedSay(new Token(0, 4, "said", "AUX", "say", "VBD", "B-VP")));
        assertFalse(VerbalPattern.mistaggedSay(new Token(0, 3, "say", "NOUN", "say", "NN", "B-NP")), "have a say");
        assertFalse(VerbalPattern.mistaggedSay(new Token(0, 5, "tweet", "NOUN", "tweet", "VBP", "B-NP")), "not a say form");
    }

    @Test
    void gerundOpeningTheContentIsItsSubjectNotASecondReport() {
        String t = "Lena Ortiz said seeing the old mill reopen was a relief for the town.";
        List<Attribution> all = extract(t);
        Attribution a = withCue(t, all, "said");
        assertEquals("Lena Ortiz", join(t, a.source()));
        assertEquals("seeing the old mill reopen was a relief for the town", join(t, a.content()));
        assertEquals(1, all.size(), "no report at \"seeing\"");
    }

    @Test
    void quotationBeforeASpeechTagWithAgeAddresseeAndAdjuncts() {
        String t = "\u201cWe should have fixed the dam years ago,\u201d Okafor, 61, told Radio Kano in an interview"
                + " in Lagos on Monday. \u201cNow the fields are flooded.\u201d";
        Attribution a = withCue(t, extract(t), "told");
        assertEquals(2, a.content().size());
        assertEquals("\u201cWe should have fixed the dam years ago,\u201d", t.substring(a.content().get(0).begin(), a.content().get(0).end()));
        assertEquals("\u201cNow the fields are flooded.\u201d", t.substring(a.content().get(1).begin(), a.content().get(1).end()));
        assertTrue(join(t, a.source()).startsWith("Okafor"));
    }

    @Test
    void subjectBeforeAParticipleInterruptionInsideTheSentence() {
        String t = "The bridge stayed open, as Mayor Lind, contradicting the council, said it would.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("Mayor Lind", join(t, a.source()), "the participle is left out of the source");
        assertEquals("it would", join(t, a.content()));
    }

    @Test
    void clauseAfterAQuotationsSpeechTagIsTheSceneNotTheContent() {
        String t = "\u201cThe harbor will reopen soon,\u201d Ilves, the port director, wrote after the storm had passed.";
        Attribution a = withCue(t, extract(t), "wrote");
        assertEquals("\u201cThe harbor will reopen soon,\u201d", join(t, a.content()));
    }

    @Test
    void partialQuotationContinuedByTheClauseKeepsItsTail() {
        String t = "\u201cWe will not teach that\u201d in the schools, he said.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("he", join(t, a.source()));
        assertTrue(join(t, a.content()).endsWith("in the schools"));
    }

    @Test
    void saidOfTopicAfterAQuotationKeepsTheQuotation() {
        String t = "\u201cThe new timetable will not work,\u201d she said of the plan to close the station at night.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("\u201cThe new timetable will not work,\u201d", join(t, a.content()));
    }

    @Test
    void allCapitalAddresseeIsNotPartOfTheContent() {
        String t = "Lind told USA TODAY the ferry would resume service in May.";
        Attribution a = withCue(t, extract(t), "told");
        assertEquals("the ferry would resume service in May", join(t, a.content()));
    }

    @Test
    void saidToApplauseIsTheSceneNotTheContent() {
        String t = "\u201cThe ferry will sail again next spring,\u201d Ilves said to applause at the harbor meeting.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("\u201cThe ferry will sail again next spring,\u201d", join(t, a.content()));
    }

    @Test
    void nameWithAWildUniversalTagButATreebankNameTagIsTheSubject() {
        Sentence s = tagged("Lind/SYM/NNP/O explained/VERB/VBD that/SCONJ/IN the/DET/DT pier/NOUN/NN was/AUX/VBD closed/ADJ/JJ ./PUNCT/.");
        String text = "Lind explained that the pier was closed .";
        List<Candidate> found = new AttributionFinder(new Lexicon()).find(text, s, List.<Span>of());
        assertEquals(1, found.size());
        assertEquals("Lind", text.substring(found.get(0).source().get(0).begin(), found.get(0).source().get(0).end()));
    }
}
