package org.claimgraph.annotate;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.TagDictionary;

/**
 * Part-of-speech tagging with an OpenNLP maxent POS model, decoded greedily instead of with
 * {@code POSTaggerME}'s beam search (beam 3): the models' only sequence features are the previous
 * one or two tags, so the most probable tag per word, restricted by the model's tag dictionary,
 * gives nearly the same tags (measured in {@code GreedyTaggerTest}) for a third of the model
 * evaluations. Used for the UD model and for the Penn Treebank model before chunking.
 *
 * <p>Not thread-safe (the context generator caches); one instance per thread, built from the
 * shared immutable model.
 */
final class GreedyTagger {
    private final MaxentModel model;
    private final POSContextGenerator contexts;
    private final TagDictionary dictionary;

    GreedyTagger(POSModel posModel) {
        if (!(posModel.getArtifact("pos.model") instanceof MaxentModel m)) {
            throw new IllegalStateException("OpenNLP POS model has no maxent artifact 'pos.model'");
        }
        this.model = m;
        this.contexts = posModel.getFactory().getPOSContextGenerator(0);
        this.dictionary = posModel.getFactory().getTagDictionary();
    }

    /** One tag per word, as the model spells its tags. */
    String[] tag(String[] words) {
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            double[] probs = model.eval(contexts.getContext(i, words, tags, null));
            String[] allowed = dictionary == null ? null : dictionary.getTags(words[i]);
            tags[i] = best(probs, allowed);
        }
        return tags;
    }

    /** The most probable tag the dictionary allows for the word (the most probable one when it allows none). */
    private String best(double[] probs, String[] allowed) {
        int top = 0;
        for (int k = 1; k < probs.length; k++) {
            if (probs[k] > probs[top]) {
                top = k;
            }
        }
        if (allowed == null || Arrays.asList(allowed).contains(model.getOutcome(top))) {
            return model.getOutcome(top);
        }
        int bestValid = -1;
        for (int k = 0; k < probs.length; k++) {
            if ((bestValid < 0 || probs[k] > probs[bestValid]) && Arrays.asList(allowed).contains(model.getOutcome(k))) {
                bestValid = k;
            }
        }
        return model.getOutcome(bestValid < 0 ? top : bestValid);
    }
}
