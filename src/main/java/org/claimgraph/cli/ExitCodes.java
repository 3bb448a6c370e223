package org.claimgraph.cli;

/** Exit codes shared by all commands, documented in README. */
public final class ExitCodes {
    private ExitCodes() {}

    /** Everything was processed. */
    public static final int OK = 0;
    /** The command failed (I/O error, store unavailable, query error). */
    public static final int FAILURE = 1;
    /** Usage error: unknown option, missing argument. picocli's default. */
    public static final int USAGE = 2;
    /** The command completed but some inputs were skipped or data is invalid; see messages. */
    public static final int PARTIAL = 3;
}
