package org.claimgraph.eval;

import java.util.List;
import org.claimgraph.extract.Attribution;

/**
 * One gold article after extraction and scoring.
 *
 * @param article    the gold article
 * @param predicted  what the extractor returned (empty when it failed)
 * @param score      the scoring
 * @param failure    the extraction error message, null when extraction succeeded
 */
public record ArticleOutcome(GoldArticle article, List<Attribution> predicted, ArticleScore score, String failure) {
    public ArticleOutcome {
        predicted = List.copyOf(predicted);
    }
}
