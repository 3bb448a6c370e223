package org.claimgraph.claims;

/**
 * MinHash signatures for sets of 64-bit feature hashes, and the band keys of locality-sensitive
 * hashing over them. The i-th hash function is a fixed 64-bit mix of the feature xor a seed, so
 * signatures are the same in every run and JVM. Immutable, thread-safe.
 *
 * <p>Two sets with Jaccard similarity J agree on each signature position with probability J; with
 * {@code bands} bands of {@code rows} rows they share at least one band key with probability
 * 1 - (1 - J^rows)^bands.
 */
public final class MinHash {
    private final long[] seeds;
    private final int bands;
    private final int rows;

    public MinHash(int bands, int rows) {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be >= 1, got " + bands + " x " + rows);
        }
        this.bands = bands;
        this.rows = rows;
        this.seeds = new long[bands * rows];
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < seeds.length; i++) {
            s += 0x9E3779B97F4A7C15L;
            seeds[i] = mix(s);
        }
    }

    public int bands() {
        return bands;
    }

    public int rows() {
        return rows;
    }

    /** The signature of a non-empty feature set: per hash function, the minimum hash. */
    public long[] signature(long[] features) {
        long[] sig = new long[seeds.length];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long f : features) {
            for (int i = 0; i < seeds.length; i++) {
                long h = mix(f ^ seeds[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** The key of band {@code b} of a signature: equal keys make two sets candidates. */
    public long bandKey(long[] signature, int b) {
        long h = b * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < rows; r++) {
            h = mix(h ^ signature[b * rows + r]);
        }
        return h;
    }

    /** Estimated Jaccard similarity: the share of equal signature positions. */
    public static double estimate(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    /** SplitMix64 finaliser: a fast 64-bit mix with good avalanche. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
