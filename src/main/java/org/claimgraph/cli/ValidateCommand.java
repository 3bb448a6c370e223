package org.claimgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

// Placeholder while the command is being built; replaced in the same branch of work.
@Command(name = "validate", mixinStandardHelpOptions = true, description = "(not implemented yet)")
public final class ValidateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("validate is not implemented yet");
    }
}
