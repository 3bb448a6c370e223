package org.claimgraph.eval;

/**
 * Span-level counts for one role (source, cue or content). Matching is one-to-one, so the number
 * of correct predictions equals the number of matched gold spans in each column.
 *
 * @param gold      gold span-sets (non-empty ones only)
 * @param predicted predicted span-sets (non-empty ones only)
 * @param exact     exact matches
 * @param overlap30 matches with token overlap >= 0.3 of the gold span
 * @param overlap80 matches with token overlap >= 0.8 of the gold span
 */
public record SpanCounts(int gold, int predicted, int exact, int overlap30, int overlap80) {
    public static final SpanCounts ZERO = new SpanCounts(0, 0, 0, 0, 0);

    public SpanCounts plus(SpanCounts o) {
        return new SpanCounts(gold + o.gold, predicted + o.predicted, exact + o.exact,
                overlap30 + o.overlap30, overlap80 + o.overlap80);
    }
}
