package org.claimgraph.eval;

/** All counts of one article or, summed, of a corpus (micro-averaging sums counts, then divides). */
public record Tally(SpanCounts source, SpanCounts cue, SpanCounts content, AttributionCounts attributions) {
    public static final Tally ZERO = new Tally(SpanCounts.ZERO, SpanCounts.ZERO, SpanCounts.ZERO, AttributionCounts.ZERO);

    public Tally plus(Tally o) {
        return new Tally(source.plus(o.source), cue.plus(o.cue), content.plus(o.content),
                attributions.plus(o.attributions));
    }
}
