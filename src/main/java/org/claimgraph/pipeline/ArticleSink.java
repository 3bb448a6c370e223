package org.claimgraph.pipeline;

import java.util.List;
import org.claimgraph.extract.ExtractedArticle;

/**
 * Where extracted articles go: an RDF file, a TDB2 dataset, a remote store. Called from one
 * thread, in input order.
 */
public interface ArticleSink extends AutoCloseable {
    void accept(ExtractedArticle article) throws Exception;

    /**
     * Takes several articles that are ready at once. A store may write them in one commit (group
     * commit), but each article must still be all-or-nothing: when this throws, nothing of the
     * group may have been stored, and the caller retries the articles one by one.
     */
    default void acceptAll(List<ExtractedArticle> articles) throws Exception {
        for (ExtractedArticle a : articles) {
            accept(a);
        }
    }

    /** Flushes and releases; called once after the last article. */
    @Override
    default void close() throws Exception {}
}
