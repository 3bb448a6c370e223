package org.claimgraph.extract;

import org.claimgraph.read.Article;

/** Turns one article into attributions. Implementations are thread-safe: one per process. */
public interface Extractor {
    ExtractedArticle extract(Article article);
}
