package org.claimgraph.extract;

import org.claimgraph.annotate.AnnotatedText;

/**
 * Decides which of the rules' attributions an extractor keeps. The rules find candidates; a
 * filter trained on a user's own gold ({@code claimgraph train}) can drop the kinds that user's
 * annotation convention does not count. Implementations are thread-safe.
 */
@FunctionalInterface
public interface AttributionFilter {
    /** Keeps everything: the default extractor. */
    AttributionFilter NONE = (doc, attribution) -> true;

    /** Whether to keep {@code attribution}, found in the annotated article {@code doc}. */
    boolean keep(AnnotatedText doc, Attribution attribution);
}
