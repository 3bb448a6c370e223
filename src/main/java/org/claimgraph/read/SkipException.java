package org.claimgraph.read;

/** The record/file being read must be skipped; the message says why (no origin, no "skipped"). */
final class SkipException extends Exception {
    SkipException(String message) {
        super(message);
    }
}
