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

    /** First token of the chunk holding token {@code i} ({@code i} itself outside chunks). */
    public int chunkStart(int i) {
        if (tokens.get(i).chunk().equals("O")) {
            return i;
        }
        while (i > 0 && tokens.get(i).chunk().startsWith("I-")) {
            i--;
        }
        return i;
    }

    /** One past the last token of the chunk holding token {@code i}. */
    public int chunkEnd(int i) {
        if (tokens.get(i).chunk().equals("O")) {
            return i + 1;
        }
        int k = i + 1;
        while (k < tokens.size() && tokens.get(k).chunk().startsWith("I-")) {
            k++;
        }
        return k;
    }
}
