package org.claimgraph.learn;

import java.io.IOException;
import java.nio.file.Path;

/** A filter model file that cannot be used; the message names the file and the problem. */
public final class ModelFormatException extends IOException {
    public ModelFormatException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
