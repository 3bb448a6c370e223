package org.claimgraph.pipeline;

import org.claimgraph.extract.ExtractedArticle;

/**
 * Where extracted articles go: an RDF file, a TDB2 dataset, a remote store. Called from one
 * thread, in input order.
 */
public interface ArticleSink extends AutoCloseable {
    void accept(ExtractedArticle article) throws Exception;

    /** Flushes and releases; called once after the last article. */
    @Override
    default void close() throws Exception {}
}
