package org.claimgraph.annotate;

import java.util.List;

/** A sentence: its character range and its tokens in order. */
public record Sentence(int begin, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public Span span() {
        return new Span(begin, end);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** Index of the first token starting at or after {@code offset}, or {@link #size()}. */
    public int tokenAtOrAfter(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).begin() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }
}
