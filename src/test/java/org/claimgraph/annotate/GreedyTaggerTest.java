package org.claimgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;

/** Greedy decoding must give the beam search's tags: it is only allowed because it does. */
class GreedyTaggerTest {

    private static InputStream open(String resource) {
        return GreedyTaggerTest.class.getResourceAsStream(resource);
    }

    @Test
    void greedyUdTagsAgreeWithTheBeamSearchOnTheSampleCorpus() throws IOException {
        POSModel model = new POSModel(open(OpenNlpAnnotator.POS_MODEL));
        TokenizerME tokenizer = new TokenizerME(new TokenizerModel(open(OpenNlpAnnotator.TOKEN_MODEL)));
        POSTaggerME beam = new POSTaggerME(model);
        GreedyTagger greedy = new GreedyTagger(model);
        int same = 0;
        int all = 0;
        try (InputStream index = open("/org/claimgraph/sample-corpus.txt")) {
            for (String name : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (name.isBlank() || name.startsWith("#")) {
                    continue;
                }
                String text;
                try (InputStream in = open("/" + name.strip())) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                for (String line : text.split("\n")) {
                    String[] words = tokenizer.tokenize(line);
                    if (words.length == 0) {
                        continue;
                    }
                    String[] a = beam.tag(words);
                    String[] b = greedy.tag(words);
                    for (int i = 0; i < words.length; i++) {
                        all++;
                        same += a[i].equals(b[i]) ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(all > 2000, "read the sample corpus: " + all + " tokens");
        assertTrue(same >= 0.995 * all, same + " of " + all + " tags agree");
    }

    @Test
    void theTagDictionaryRestrictsTheGreedyChoice() throws IOException {
        POSModel ptb = new POSModel(open(OpenNlpAnnotator.PTB_POS_MODEL));
        String[] words = {"The", "minister", "said", "the", "talks", "would", "resume", "."};
        assertArrayEquals(new POSTaggerME(ptb, opennlp.tools.postag.POSTagFormat.PENN).tag(words), new GreedyTagger(ptb).tag(words));
    }
}
