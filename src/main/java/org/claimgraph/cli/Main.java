package org.claimgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: one picocli subcommand per class. */
@Command(name = "claimgraph",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns news articles into an RDF knowledge graph of who said what, about which place, when, reported where.",
        subcommands = {
                ExtractCommand.class,
                IngestCommand.class,
                ServeCommand.class,
                QueriesCommand.class,
                QueryCommand.class,
                ValidateCommand.class,
                DemoCommand.class,
                EvalCommand.class,
                TrainCommand.class,
                BenchCommand.class,
                CompactCommand.class,
                WikidataCommand.class,
                ClaimsCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }
}
