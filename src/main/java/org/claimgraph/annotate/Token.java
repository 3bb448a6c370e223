package org.claimgraph.annotate;

/**
 * One token with its character offsets into the article text, its Universal Dependencies
 * part-of-speech tag ("PROPN", "VERB", ...), its lemma (lower case), its Penn Treebank tag
 * ("NNP", "VBD", ...) and its phrase-chunk tag ("B-NP", "I-NP", "B-VP", "O", ...).
 *
 * <p>The two tag sets come from two taggers: the UD one drives the hand rules; the PTB one feeds
 * the chunker, whose noun-phrase chunks delimit sources better than the rules over UD tags.
 */
public record Token(int begin, int end, String text, String tag, String lemma, String ptb, String chunk) {
    /** Token texts that close a quotation (straight, doubled-apostrophe and curly forms). */
    public static final java.util.Set<String> CLOSING_QUOTES = java.util.Set.of("\"", "''", "”", "’");

    /** A token without the PTB layer (tests and hand-built sentences): tag "" and chunk "O". */
    public Token(int begin, int end, String text, String tag, String lemma) {
        this(begin, end, text, tag, lemma, "", "O");
    }

    public Span span() {
        return new Span(begin, end);
    }

    public boolean is(String tag) {
        return this.tag.equals(tag);
    }

    /** True for the first token of a chunk of the given type ("NP", "VP", "PP", ...). */
    public boolean begins(String type) {
        return chunk.length() == type.length() + 2 && chunk.startsWith("B-") && chunk.endsWith(type);
    }

    /** True for any token of a chunk of the given type. */
    public boolean inChunk(String type) {
        return chunk.length() == type.length() + 2 && chunk.charAt(1) == '-' && chunk.endsWith(type);
    }
}
