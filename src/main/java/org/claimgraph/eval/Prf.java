package org.claimgraph.eval;

/** Precision, recall and F1; each 0 when its denominator is 0. */
public record Prf(double p, double r, double f1) {
    public static Prf of(int matches, int predicted, int gold) {
        double p = predicted == 0 ? 0.0 : (double) matches / predicted;
        double r = gold == 0 ? 0.0 : (double) matches / gold;
        double f1 = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        return new Prf(p, r, f1);
    }
}
