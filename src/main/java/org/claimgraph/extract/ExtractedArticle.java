package org.claimgraph.extract;

import java.util.List;
import org.claimgraph.read.Article;

/** An article with everything the extractor found in it. */
public record ExtractedArticle(Article article, List<Attribution> attributions) {
    public ExtractedArticle {
        attributions = List.copyOf(attributions);
    }
}
