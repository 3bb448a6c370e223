package org.claimgraph.annotate;

import java.util.List;

/** The text of one article with its sentence, token, part-of-speech and lemma layers. */
public record AnnotatedText(String text, List<Sentence> sentences) {
    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }
}
