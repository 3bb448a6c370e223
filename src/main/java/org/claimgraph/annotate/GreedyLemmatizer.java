package org.claimgraph.annotate;

import java.util.Locale;
import java.util.Set;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Lemmatises with the OpenNLP lemmatizer model, decoding greedily instead of with
 * {@link LemmatizerME}'s beam search.
 *
 * <p>Why: the English model has ~860 outcome classes and the beam search sorts the whole score
 * array for every token and beam entry, which made lemmatisation most of the extraction time.
 * The model's only sequence feature is the previous token's class, so greedy decoding gives
 * practically the same lemmas. Only open-class words and auxiliaries go through the model (the
 * extractor reads lemmas of verbs and nouns only); other tokens keep their
 * lower-cased form and count as the identity class for the next token's feature.
 * Not thread-safe (it remembers classes it computed): one instance per thread.
 */
final class GreedyLemmatizer {
    /** The model's class for "lemma equals the word". */
    private static final String IDENTITY = "O";
    private static final Set<String> MODELLED_TAGS = Set.of("VERB", "AUX", "NOUN");

    private static final int MAX_SEEN = 50_000;

    private final MaxentModel model;
    private final LemmatizerContextGenerator contexts;
    /** Classes already computed; one lemmatizer serves one thread, so a plain map will do. */
    private final java.util.Map<String, String> seen = new java.util.HashMap<>();

    GreedyLemmatizer(LemmatizerModel lemmatizerModel) {
        Object artifact = lemmatizerModel.getArtifact("lemmatizer.model");
        if (!(artifact instanceof MaxentModel m)) {
            throw new IllegalStateException("OpenNLP lemmatizer model has no maxent artifact 'lemmatizer.model'");
        }
        this.model = m;
        this.contexts = lemmatizerModel.getFactory().getContextGenerator();
    }

    /** Lower-case lemmas, one per word. */
    String[] lemmatize(String[] words, String[] tags) {
        String[] classes = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            if (MODELLED_TAGS.contains(tags[i])) {
                // The model sees the word, its tag and the previous class only, so the answer for
                // that triple never changes: news repeats its verbs and nouns, most are looked up.
                String key = words[i] + '\u0000' + tags[i] + '\u0000' + (i == 0 ? "" : classes[i - 1]);
                String known = seen.get(key);
                if (known == null) {
                    known = model.getBestOutcome(model.eval(contexts.getContext(i, words, tags, classes)));
                    if (seen.size() >= MAX_SEEN) {
                        seen.clear(); // bounded: a long run over a huge vocabulary must not grow the heap
                    }
                    seen.put(key, known);
                }
                classes[i] = known;
            } else {
                classes[i] = IDENTITY;
            }
        }
        String[] lemmas = LemmatizerME.decodeLemmas(words, classes);
        for (int i = 0; i < lemmas.length; i++) {
            String l = lemmas[i];
            lemmas[i] = (l == null || l.isEmpty() || l.equals(IDENTITY) ? words[i] : l).toLowerCase(Locale.ROOT);
        }
        return lemmas;
    }
}
