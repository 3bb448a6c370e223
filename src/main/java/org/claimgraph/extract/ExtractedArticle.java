package org.claimgraph.extract;

import java.util.List;
import org.claimgraph.extract.mention.Mention;
import org.claimgraph.read.Article;

/**
 * An article with everything the extractor found in it: attributions, events, and the mentions
 * of people, organisations, countries, places and unnamed groups (in text order).
 */
public record ExtractedArticle(Article article, List<Attribution> attributions, List<Event> events, List<Mention> mentions) {
    public ExtractedArticle {
        attributions = List.copyOf(attributions);
        events = List.copyOf(events);
        mentions = List.copyOf(mentions);
    }

    public ExtractedArticle(Article article, List<Attribution> attributions) {
        this(article, attributions, List.of(), List.of());
    }
}
