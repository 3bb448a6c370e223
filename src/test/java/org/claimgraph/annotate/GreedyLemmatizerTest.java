package org.claimgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.lemmatizer.LemmatizerModel;
import org.junit.jupiter.api.Test;

/** The lemmatizer remembers classes it computed; what it remembers must not change any lemma. */
class GreedyLemmatizerTest {

    private static LemmatizerModel model() throws IOException {
        try (InputStream in = GreedyLemmatizerTest.class.getResourceAsStream(OpenNlpAnnotator.LEMMA_MODEL)) {
            return new LemmatizerModel(in);
        }
    }

    @Test
    void rememberedClassesGiveTheSameLemmasAsAFreshLemmatizer() throws IOException {
        LemmatizerModel model = model();
        String[][] sentences = {
            {"The", "ministers", "said", "the", "talks", "were", "going", "well", "."},
            {"She", "has", "warned", "that", "the", "ferries", "are", "running", "late", "."},
            {"The", "talks", "said", "nothing", "about", "ferries", "."},
        };
        String[][] tags = {
            {"DET", "NOUN", "VERB", "DET", "NOUN", "AUX", "VERB", "ADV", "PUNCT"},
            {"PRON", "AUX", "VERB", "SCONJ", "DET", "NOUN", "AUX", "VERB", "ADV", "PUNCT"},
            {"DET", "NOUN", "VERB", "PRON", "ADP", "NOUN", "PUNCT"},
        };
        GreedyLemmatizer warm = new GreedyLemmatizer(model);
        for (int round = 0; round < 2; round++) {
            for (int k = 0; k < sentences.length; k++) {
                String[] fresh = new GreedyLemmatizer(model).lemmatize(sentences[k], tags[k]);
                assertArrayEquals(fresh, warm.lemmatize(sentences[k], tags[k]), "sentence " + k + ", round " + round);
            }
        }
        String[] lemmas = warm.lemmatize(sentences[1], tags[1]);
        assertEquals("warn", lemmas[2]);
        assertEquals("ferry", lemmas[5]);
        assertEquals("run", lemmas[7]);
    }
}
