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
}
