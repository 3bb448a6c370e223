package org.claimgraph.cli;

import picocli.CommandLine;

/** Prints a one-line message instead of a stack trace for failures a user can act on. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        String msg = ex.getMessage() == null ? ex.toString() : ex.getMessage();
        cl.getErr().println("claimgraph " + cl.getCommandName() + ": " + msg);
        if (Boolean.getBoolean("claimgraph.debug")) {
            ex.printStackTrace(cl.getErr());
        }
        return ExitCodes.FAILURE;
    }
}
