package org.claimgraph.claims;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.Optional;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import org.claimgraph.extract.Place;

/**
 * Normalises a statement's content into the feature set claims are compared by: lower-cased,
 * accent-folded words without function words, Snowball-stemmed ("reduced", "reducing" → "reduc"),
 * a capital standing for its country ("Moscow would" = "Russia would"), each hashed to 64 bits.
 * Not thread-safe (the stemmer keeps state): one per clustering run.
 */
public final class ClaimText {
    /** Function words, auxiliaries and reporting glue that carry no proposition. */
    private static final Set<String> STOPWORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in",
            "on", "at", "by", "for", "with", "from", "as", "that", "this", "these", "those", "it", "its", "is",
            "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
            "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "he", "she", "they",
            "we", "i", "you", "his", "her", "their", "our", "my", "your", "them", "us", "him", "there", "here",
            "so", "if", "than", "then", "about", "into", "near", "also", "very", "what", "which", "who", "whom",
            "s", "t", "all", "any", "some", "such", "up", "out", "over");

    private final SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    private final Function<String, Optional<Place>> countryOfCapital;

    /** @param countryOfCapital looks a capital up ("moscow" → Russia); {@code s -> Optional.empty()} for none */
    public ClaimText(Function<String, Optional<Place>> countryOfCapital) {
        this.countryOfCapital = countryOfCapital;
    }

    /** The normalised words of {@code text}, in order (for tests and reports). */
    public String[] words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace("’", "'").replaceAll("'s\\b", "");
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty() && !STOPWORDS.contains(w))
                .map(w -> countryOfCapital.apply(w).map(c -> c.name().toLowerCase(Locale.ROOT)).orElse(w))
                .map(w -> stemmer.stem(w).toString())
                .toArray(String[]::new);
    }

    /** The distinct hashed words of {@code text}, sorted: the set that Jaccard similarity compares. */
    public long[] features(String text) {
        return Arrays.stream(words(text)).mapToLong(ClaimText::hash).distinct().sorted().toArray();
    }

    /** 64-bit FNV-1a of a word, mixed: stable across JVMs (String.hashCode is only 32 bits). */
    static long hash(String w) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < w.length(); i++) {
            h ^= w.charAt(i);
            h *= 0x100000001b3L;
        }
        return MinHash.mix(h);
    }
}
