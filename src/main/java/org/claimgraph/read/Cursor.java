package org.claimgraph.read;

import java.io.Closeable;

/**
 * Pulls the articles of one input (file or stream) one at a time, opening the input on the first
 * call. Problems that skip a record are reported by the cursor itself; reading then goes on.
 */
interface Cursor extends Closeable {

    /** @return the next article with its warnings, or null when the input is exhausted */
    Candidate next();

    /** "path" of the input, for messages about it as a whole. */
    String origin();

    /** Releases the input; never throws. */
    @Override
    void close();
}
