package org.claimgraph.annotate;

/** Adds the linguistic layers to a text. Implementations are thread-safe. */
public interface Annotator {
    AnnotatedText annotate(String text);
}
