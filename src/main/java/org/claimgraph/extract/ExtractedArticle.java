package org.claimgraph.extract;

import java.util.List;
import org.claimgraph.read.Article;

/** An article with everything the extractor found in it: attributions and events. */
public record ExtractedArticle(Article article, List<Attribution> attributions, List<Event> events) {
    public ExtractedArticle {
        attributions = List.copyOf(attributions);
        events = List.copyOf(events);
    }

    public ExtractedArticle(Article article, List<Attribution> attributions) {
        this(article, attributions, List.of());
    }
}
