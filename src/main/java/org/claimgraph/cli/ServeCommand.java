package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
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

/** Serves the store with Fuseki, its UI and the linked-data pages until Ctrl-C; read-only unless asked. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store with Fuseki and its web UI at http://HOST:PORT/, a browse page at /browse,"
                + " and a page for every claimgraph IRI: https://claimgraph.org/id/X is served at /id/X (HTML for"
                + " browsers; Turtle, JSON-LD, N-Triples by content negotiation). SPARQL endpoint /NAME/sparql; the"
                + " default graph is the union of all article graphs.",
                "Safe by default: listens on 127.0.0.1, read-only, queries time out, the admin area /$/ answers"
                + " this machine only. Stops on Ctrl-C."})
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

    @Option(names = "--allow-update",
            description = "Accept writes: SPARQL Update at /NAME/update, Graph Store read-write at /NAME/data."
                    + " Needs --password-file unless --host is a loopback address.")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users allowed to write, one 'user: password' line each (Jetty/Fuseki format);"
                    + " writes then need HTTP basic auth. Only with --allow-update.")
    Path passwordFile;

    @Option(names = "--query-timeout", paramLabel = "SECONDS",
            defaultValue = "" + 30,
            description = "Abort any query running longer than this (default: ${DEFAULT-VALUE}).")
    double queryTimeoutSeconds;

    @Override
    public Integer call() {
        ServeOptions opts;
        try {
            if (!(queryTimeoutSeconds > 0) || queryTimeoutSeconds > 86_400) {
                throw new IllegalArgumentException("--query-timeout must be between 0 and 86400 seconds, got "
                        + queryTimeoutSeconds);
            }
            opts = new ServeOptions(host, port, name, allowUpdate, passwordFile,
                    Duration.ofMillis(Math.round(queryTimeoutSeconds * 1000)));
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
        out.println(server.accessSummary());
        if (!opts.isLoopback()) {
            out.println("Listening on " + opts.host() + ": anyone who can reach this machine can query the data.");
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
        return ExitCodes.OK;
    }
}
