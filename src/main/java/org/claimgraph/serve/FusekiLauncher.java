package org.claimgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.query.Dataset;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Starts an embedded Fuseki with its web UI serving one dataset read-only: SPARQL query and Graph
 * Store Protocol read at {@code /NAME} (no update endpoints). Does not block; the caller decides
 * how long the server lives.
 */
public final class FusekiLauncher {
    private FusekiLauncher() {}

    /**
     * Starts the server. The dataset should already have the union default graph on (see
     * {@link DatasetOpener}); the launcher does not change it.
     */
    public static RunningServer start(Dataset ds, ServeOptions opts) {
        Path scratch;
        try {
            // Empty on purpose: FMod_UI would serve files from scratch/webapp if it existed.
            scratch = Files.createTempDirectory("claimgraph-fuseki");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch directory for Fuseki", e);
        }
        FusekiServer server = FusekiServer.create()
                .port(opts.port())
                .loopback(opts.isLoopback())
                // Modules run in order: the UI module needs the server-control attribute set first.
                .fusekiModules(FusekiModules.create(new ReadOnlyUiSupport(scratch), FMod_UI.create()))
                .add("/" + opts.name(), ds, false) // false: no SPARQL Update, no GSP write
                .build();
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(opts.host()); // bind exactly the requested interface
            }
        }
        try {
            server.start();
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(scratch);
            } catch (IOException ignored) {
                // the start failure is the error worth reporting
            }
            throw new IllegalStateException("cannot start Fuseki on " + opts.host() + ":" + opts.port() + ": "
                    + rootMessage(e), e);
        }
        return new RunningServer(server, opts, scratch);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
