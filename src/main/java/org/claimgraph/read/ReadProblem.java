package org.claimgraph.read;

import java.util.Objects;

/**
 * One problem met while reading input. Reading never stops on a problem: the batch goes on.
 *
 * @param origin   where: "path" or "path:line" (line numbers are 1-based)
 * @param message  what went wrong, in words a user can act on
 * @param severity {@link Severity#WARNING}: the article was kept; {@link Severity#ERROR}: the input was skipped
 */
public record ReadProblem(String origin, String message, Severity severity) {

    public enum Severity {
        /** The article was still read (e.g. its date was missing or unparseable). */
        WARNING,
        /** The file, line or record was skipped. */
        ERROR
    }

    public ReadProblem {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    public static ReadProblem error(String origin, String message) {
        return new ReadProblem(origin, message, Severity.ERROR);
    }

    public static ReadProblem warning(String origin, String message) {
        return new ReadProblem(origin, message, Severity.WARNING);
    }

    /** True when the input this problem is about was not turned into an article. */
    public boolean skipped() {
        return severity == Severity.ERROR;
    }

    /** "path:12: malformed JSON: ... (skipped)" or "path: warning: no date ...". */
    @Override
    public String toString() {
        return skipped() ? origin + ": " + message + " (skipped)" : origin + ": warning: " + message;
    }
}
