package org.claimgraph.eval;

/** The three span scores of one role (source, cue or content). */
public record RoleScores(Prf exact, Prf overlap30, Prf overlap80) {
    public static RoleScores of(SpanCounts c) {
        return new RoleScores(Prf.of(c.exact(), c.predicted(), c.gold()),
                Prf.of(c.overlap30(), c.predicted(), c.gold()),
                Prf.of(c.overlap80(), c.predicted(), c.gold()));
    }
}
