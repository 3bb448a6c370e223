package org.claimgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class OpenNlpAnnotatorTest {
    static final OpenNlpAnnotator ANNOTATOR = new OpenNlpAnnotator();

    @Test
    void sentencesTokensTagsAndLemmasWithOffsets() {
        String text = "Kyiv under fire\n\nUS Secretary of State Antony Blinken said on Tuesday that Russia was not serious. He warned Moscow.";
        AnnotatedText a = ANNOTATOR.annotate(text);
        assertEquals(3, a.sentences().size(), "headline line is its own sentence");
        Sentence s = a.sentences().get(1);
        for (Token t : s.tokens()) {
            assertEquals(t.text(), text.substring(t.begin(), t.end()), "token offsets index the text");
        }
        Token said = s.tokens().stream().filter(t -> t.text().equals("said")).findFirst().orElseThrow();
        assertEquals("VERB", said.tag());
        assertEquals("say", said.lemma());
        Token blinken = s.tokens().stream().filter(t -> t.text().equals("Blinken")).findFirst().orElseThrow();
        assertEquals("PROPN", blinken.tag());
        Token warned = a.sentences().get(2).tokens().get(1);
        assertEquals("warn", warned.lemma());
    }

    @Test
    void aNamesPossessiveIsSplitEvenWhenTheTaggerTookTheWordWhole() {
        Sentence s = ANNOTATOR.annotate("Belgium's promise to reopen the border was welcomed.").sentences().get(0);
        assertEquals("Belgium", s.token(0).text());
        assertEquals("PROPN", s.token(0).tag());
        assertEquals("'s", s.token(1).text());
        assertEquals("PART", s.token(1).tag());
        Sentence it = ANNOTATOR.annotate("It's a long way, the minister said.").sentences().get(0);
        assertEquals("It", it.token(0).text());
        assertEquals("AUX", it.token(1).tag(), "\"'s\" after \"It\" is the verb");
    }

    @Test
    void aCommonNounsCurlyPossessiveTakenForPunctuationIsSplit() {
        Sentence s = ANNOTATOR.annotate("The prime minister’s spokesman said the ferry would run.").sentences().get(0);
        assertEquals("minister", s.token(2).text());
        assertEquals("NOUN", s.token(2).tag());
        assertEquals("’s", s.token(3).text());
        assertEquals("PART", s.token(3).tag());
    }

    @Test
    void aQuotationMarkTakenForAWordIsPunctuation() {
        String[] words = {"now", ",", "”", "said", "Olsen", "’s", "''", "``"};
        String[] ud = {"ADV", "PUNCT", "ADJ", "VERB", "PROPN", "PART", "NOUN", "X"};
        OpenNlpAnnotator.retagQuotationMarks(words, ud);
        assertEquals(List.of("ADV", "PUNCT", "PUNCT", "VERB", "PROPN", "PART", "PUNCT", "PUNCT"), List.of(ud),
                "only tokens made of quotation marks change; an apostrophe stays a possessive");
    }

    @Test
    void threadSafeUnderConcurrentUse() throws Exception {
        String text = "The minister said the talks in Istanbul were useful. Officials denied it.";
        List<Token> expected = ANNOTATOR.annotate(text).sentences().get(0).tokens();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AnnotatedText>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> ANNOTATOR.annotate(text)));
            }
            for (Future<AnnotatedText> f : results) {
                assertEquals(expected, f.get().sentences().get(0).tokens());
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(expected.size() > 5);
    }

    @Test
    void pennTreebankTagsAndNounPhraseChunks() {
        String text = "The harbour master of Tallin said the ferries would sail again.";
        Sentence s = ANNOTATOR.annotate(text).sentences().get(0);
        assertEquals("DT", s.token(0).ptb());
        assertEquals("NN", s.token(1).ptb());
        assertEquals("VBD", s.token(5).ptb());
        assertEquals("B-NP", s.token(0).chunk(), "the subject NP opens on the determiner");
        assertTrue(s.token(0).begins("NP") && s.token(2).inChunk("NP") && !s.token(2).begins("NP"));
        assertEquals(0, s.chunkStart(2));
        assertEquals(3, s.chunkEnd(0), "[The harbour master] ends before 'of'");
        assertEquals("B-PP", s.token(3).chunk());
        assertTrue(s.token(5).inChunk("VP"));
        assertEquals(5, s.chunkStart(5));
        assertEquals(".", s.token(s.size() - 1).ptb());
        assertEquals("O", s.token(s.size() - 1).chunk(), "punctuation is outside chunks");
        assertEquals(s.size() - 1, s.chunkStart(s.size() - 1));
    }

    @Test
    void curlyQuotesAndApostrophesAreSpelledTheTreebankWayForTheChunker() {
        String[] words = {"“", "It", "’s", "late", ",", "”", "\"", "she", "said", "\"", "(", "twice", ")"};
        String[] ptb = OpenNlpAnnotator.ptbWords(words);
        assertEquals(List.of("``", "It", "'s", "late", ",", "''", "``", "she", "said", "''", "-LRB-", "twice", "-RRB-"),
                List.of(ptb));
    }

    @Test
    void subjectNameTakenForAVerbBecomesAProperNoun() {
        // The UD tagger reads a sentence-initial surname that is also a verb as VERB.
        Sentence s = ANNOTATOR.annotate("Trump said the plan would fail.").sentences().get(0);
        assertEquals("PROPN", s.token(0).tag());
        assertEquals("VERB", s.token(1).tag());
        String[] ud = {"ADJ", "VERB"};
        OpenNlpAnnotator.retagSubjectHeads(new String[] {"official", "said"}, ud, new String[] {"NN", "VBD"});
        assertEquals(List.of("NOUN", "VERB"), List.of(ud));
        String[] kept = {"VERB", "DET"};
        OpenNlpAnnotator.retagSubjectHeads(new String[] {"Build", "the"}, kept, new String[] {"VB", "DT"});
        assertEquals(List.of("VERB", "DET"), List.of(kept), "a real verb stays a verb");
        String[] cue = {"DET", "NOUN", "NOUN"};
        OpenNlpAnnotator.retagSubjectHeads(new String[] {"the", "admiral", "said"}, cue, new String[] {"DT", "NN", "VBD"});
        assertEquals(List.of("DET", "NOUN", "VERB"), List.of(cue), "a finite verb after its subject");
        String[] name = {"PRON", "VERB"};
        OpenNlpAnnotator.retagSubjectHeads(new String[] {"Welch", "added"}, name, new String[] {"NNP", "VBD"});
        assertEquals(List.of("PROPN", "VERB"), List.of(name));
        String[] surname = {"PROPN", "PUNCT", "ADV", "VERB"};
        OpenNlpAnnotator.retagSubjectHeads(new String[] {"Mrs", ".", "Brekke", "endorsed"}, surname,
                new String[] {"NNP", "NNP", "NNP", "VBD"});
        assertEquals("PROPN", surname[2], "a surname read as an adverb before its verb");
        String[] adverb = {"PRON", "ADV", "VERB"};
        OpenNlpAnnotator.retagSubjectHeads(new String[] {"she", "quickly", "said"}, adverb, new String[] {"PRP", "RB", "VBD"});
        assertEquals("ADV", adverb[1], "a real adverb stays");
    }

    @Test
    void abbreviationBeforeALowerCaseWordDoesNotEndTheSentence() {
        String text = "Ola Berg Jr. said the road was closed. Dana Cole, 41, of Dover, Del., said she left.";
        List<Sentence> sentences = ANNOTATOR.annotate(text).sentences();
        assertEquals(2, sentences.size());
        assertEquals("Dana", sentences.get(1).token(0).text());
        assertTrue(SentenceRepair.falseBreak("Cole (R-Del.)", "said she left."));
        assertTrue(!SentenceRepair.falseBreak("The road was closed.", "She left."), "a real break stays");
        assertTrue(SentenceRepair.falseBreak("The poll was taken Jan.", "17-23 among 900 voters."));
        assertTrue(!SentenceRepair.falseBreak("It closed in Jan.", "Then it opened."), "a month can end a sentence");
    }

    @Test
    void hyphenatedWordsAndInitialsAreOnePennTreebankWord() {
        String text = "The front-runner Ann B. Lee won.";
        Sentence s = ANNOTATOR.annotate(text).sentences().get(0);
        List<int[]> spans = s.tokens().stream().map(t -> new int[] {t.begin(), t.end()}).toList();
        String[] words = s.tokens().stream().map(Token::text).toArray(String[]::new);
        int[] group = OpenNlpAnnotator.hyphenGroups(spans, words);
        String[] joined = OpenNlpAnnotator.joinGroups(words, group);
        assertTrue(List.of(joined).contains("front-runner"), List.of(joined).toString());
        assertTrue(List.of(joined).contains("B."), "an initial keeps its period");
        assertEquals(".", joined[joined.length - 1], "the sentence's final period stays apart");
        int b = List.of(words).indexOf("B");
        assertEquals("I-NP", s.token(b + 1).chunk(), "the initial's period stays inside the name");
    }

    @Test
    void hyphenatedCompoundsTheTokenizerCutsAreOneToken() {
        String text = "The island-based paper, a self-described watchdog with a 24-point lead, said so - twice.";
        Sentence s = ANNOTATOR.annotate(text).sentences().get(0);
        List<String> words = s.tokens().stream().map(Token::text).toList();
        assertTrue(words.contains("island-based"), words.toString());
        assertTrue(words.contains("self-described"), words.toString());
        assertTrue(words.contains("24-point"), words.toString());
        assertTrue(words.contains("-"), "a spaced dash stays a token: " + words);
        Token based = s.token(words.indexOf("island-based"));
        assertEquals("ADJ", based.tag(), "the PTB tag decides a compound's UD tag");
        assertEquals("I-NP", based.chunk());
    }
}
