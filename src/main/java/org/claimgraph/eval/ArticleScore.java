package org.claimgraph.eval;

import java.util.List;
import org.claimgraph.extract.Attribution;

/**
 * The scoring of one article: its counts and the attribution alignment behind them.
 *
 * @param tally    the counts
 * @param matched  matched attribution pairs
 * @param missed   gold attributions no prediction matched
 * @param spurious predictions that matched no gold attribution
 */
public record ArticleScore(Tally tally, List<MatchedPair> matched, List<GoldAttribution> missed,
                           List<Attribution> spurious) {
    public ArticleScore {
        matched = List.copyOf(matched);
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
    }
}
