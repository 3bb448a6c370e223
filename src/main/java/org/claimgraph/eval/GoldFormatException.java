package org.claimgraph.eval;

/** A gold file line that does not follow FORMAT.md; the message starts with "file:line: ". */
public final class GoldFormatException extends RuntimeException {
    public GoldFormatException(String message) {
        super(message);
    }

    public GoldFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
