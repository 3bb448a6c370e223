package org.claimgraph.annotate;

import java.util.Arrays;
import opennlp.tools.chunker.ChunkerContextGenerator;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;

/**
 * Penn Treebank tagging and phrase chunking with the OpenNLP 1.5 PTB models, decoded greedily
 * instead of with the beam search of {@code POSTaggerME} (beam 3) and {@code ChunkerME} (beam 10).
 *
 * <p>Why: with the beam searches the two layers cost about four times the rest of the annotation,
 * which took extraction below the required speed. Both models' only sequence features are the
 * previous one or two decisions, so greedy decoding with the same validity rules (the tagger's
 * tag dictionary; an I-X chunk tag only after B-X or I-X) gives nearly the same output.
 *
 * <p>Not thread-safe (the tagger's context generator caches); one instance per thread, built from
 * the shared immutable models.
 */
final class GreedyChunker {
    private final GreedyTagger tagger;
    private final MaxentModel chunkModel;
    private final ChunkerContextGenerator chunkContexts;

    GreedyChunker(POSModel posModel, ChunkerModel chunkerModel) {
        this.tagger = new GreedyTagger(posModel);
        this.chunkModel = maxent(chunkerModel.getArtifact("chunker.model"), "chunker.model");
        this.chunkContexts = chunkerModel.getFactory().getContextGenerator();
    }

    private static MaxentModel maxent(Object artifact, String name) {
        if (artifact instanceof MaxentModel m) {
            return m;
        }
        throw new IllegalStateException("OpenNLP PTB model has no maxent artifact '" + name + "'");
    }

    /** PTB tags for the words (already in PTB spelling). */
    String[] tag(String[] words) {
        return tagger.tag(words);
    }

    /** Chunk tags (B-NP, I-NP, B-VP, ..., O) for the words and their PTB tags. */
    String[] chunk(String[] words, String[] tags) {
        String[] chunks = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            double[] probs = chunkModel.eval(chunkContexts.getContext(i, words, tags, chunks));
            String previous = i == 0 ? "O" : chunks[i - 1];
            chunks[i] = best(chunkModel, probs, o -> !o.startsWith("I-") || previous.length() > 2
                    && previous.substring(2).equals(o.substring(2)));
        }
        return chunks;
    }

    /** The most probable outcome the check accepts (the most probable one when it accepts none). */
    private static String best(MaxentModel model, double[] probs, java.util.function.Predicate<String> ok) {
        int top = 0;
        for (int k = 1; k < probs.length; k++) {
            if (probs[k] > probs[top]) {
                top = k;
            }
        }
        if (ok.test(model.getOutcome(top))) {
            return model.getOutcome(top);
        }
        int bestValid = -1;
        for (int k = 0; k < probs.length; k++) {
            if ((bestValid < 0 || probs[k] > probs[bestValid]) && ok.test(model.getOutcome(k))) {
                bestValid = k;
            }
        }
        return model.getOutcome(bestValid < 0 ? top : bestValid);
    }
}
