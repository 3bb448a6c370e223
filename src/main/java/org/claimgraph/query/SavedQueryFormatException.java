package org.claimgraph.query;

/** A saved query file whose header cannot be read; the message names the file and line. */
public final class SavedQueryFormatException extends IllegalArgumentException {
    public SavedQueryFormatException(String message) {
        super(message);
    }
}
