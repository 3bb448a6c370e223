package org.claimgraph.annotate;

/**
 * One token with its character offsets into the article text, its Universal Dependencies
 * part-of-speech tag ("PROPN", "VERB", ...) and its lemma (lower case).
 */
public record Token(int begin, int end, String text, String tag, String lemma) {
    public Span span() {
        return new Span(begin, end);
    }

    public boolean is(String tag) {
        return this.tag.equals(tag);
    }
}
