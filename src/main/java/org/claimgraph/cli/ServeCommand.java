package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.claimgraph.serve.DatasetOpener;
import org.claimgraph.serve.FusekiLauncher;
import org.claimgraph.serve.RunningServer;
import org.claimgraph.serve.ServeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Serves the store read-only with Fuseki and its UI until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store read-only with Fuseki and its web UI (SPARQL query + graph store read;"
                + " the default graph is the union of all article graphs). Stops on Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/tdb2",
            description = "TDB2 database directory (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--port", defaultValue = "" + ServeOptions.DEFAULT_PORT,
            description = "HTTP port, 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--name", defaultValue = ServeOptions.DEFAULT_NAME,
            description = "Dataset name, served at /NAME (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--host", defaultValue = ServeOptions.DEFAULT_HOST,
            description = "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 = all).")
    String host;

    @Override
    public Integer call() {
        ServeOptions opts;
        try {
            opts = new ServeOptions(host, port, name);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Dataset ds = DatasetOpener.openExisting(db);
        RunningServer server;
        try {
            server = FusekiLauncher.start(ds, opts);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            ds.close();
        }, "claimgraph-serve-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println(server.banner());
        if (!opts.isLoopback()) {
            out.println("Listening on " + opts.host() + ": anyone who can reach this machine can query the data.");
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
        return ExitCodes.OK;
    }
}
