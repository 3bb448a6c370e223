package org.claimgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.security.UserStore;

/** A started Fuseki server; {@link #stop()} (or close) shuts it down and removes its scratch directory. */
public final class RunningServer implements AutoCloseable {
    private final FusekiServer server;
    private final ServeOptions options;
    private final Path scratchDir;
    private final UserStore users;
    private boolean stopped;

    RunningServer(FusekiServer server, ServeOptions options, Path scratchDir, UserStore users) {
        this.server = server;
        this.options = options;
        this.scratchDir = scratchDir;
        this.users = users;
    }

    /** Whether a password file is loaded and watched for changes (only while the server runs). */
    boolean watchesPasswords() {
        return users != null && users.isRunning();
    }

    /** The interface the server listens on, as configured on its connector (e.g. 127.0.0.1). */
    public String listeningHost() {
        for (org.eclipse.jetty.server.Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof org.eclipse.jetty.server.ServerConnector sc) {
                return sc.getHost();
            }
        }
        throw new IllegalStateException("the server has no network connector");
    }

    /** The actual port (useful when the options asked for port 0). */
    public int port() {
        return server.getHttpPort();
    }

    public ServeOptions options() {
        return options;
    }

    /** Base URL with a trailing slash, e.g. {@code http://localhost:3030/}; this is the UI. */
    public String baseUrl() {
        return "http://" + displayHost() + ":" + port() + "/";
    }

    /** e.g. {@code http://localhost:3030/claims} */
    public String datasetUrl() {
        return baseUrl() + options.name();
    }

    /** The SPARQL query endpoint, e.g. {@code http://localhost:3030/claims/sparql}. */
    public String sparqlUrl() {
        return datasetUrl() + "/sparql";
    }

    /** The landing page: saved queries, the network picture, actors and articles. */
    public String browseUrl() {
        return baseUrl() + "browse";
    }

    /**
     * The local page of a minted IRI: {@code https://claimgraph.org/id/X} is served at
     * {@code BASE/id/X}.
     */
    public String pageUrl(String mintedIri) {
        if (!mintedIri.startsWith(org.claimgraph.rdf.CG.ID)) {
            throw new IllegalArgumentException("not a claimgraph IRI: " + mintedIri);
        }
        return baseUrl() + "id/" + mintedIri.substring(org.claimgraph.rdf.CG.ID.length());
    }

    /** One line telling the user where to go. */
    public String banner() {
        return "Fuseki UI: " + baseUrl() + " — browse: " + browseUrl() + " — dataset /" + options.name()
                + " — SPARQL endpoint " + sparqlUrl();
    }

    /** What the server lets clients do, one line. */
    public String accessSummary() {
        String writes = !options.allowUpdate() ? "read-only (start with --allow-update to accept writes)"
                : "writes allowed at " + datasetUrl() + "/update (SPARQL Update) and " + datasetUrl()
                        + "/data (Graph Store)" + (options.passwordFile() != null
                        ? ", HTTP basic auth with the users in " + options.passwordFile() : ", without a password");
        return writes + "; query timeout " + options.queryTimeout().toSeconds() + " s; admin area /$/ from this"
                + " machine only";
    }

    /** Blocks until the server stops (e.g. on Ctrl-C, via a shutdown hook calling {@link #stop()}). */
    public void join() {
        server.join();
    }

    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        server.stop();
        if (users != null) {
            try {
                users.stop(); // its reload scanner is not part of the server's life cycle
            } catch (Exception e) {
                throw new IllegalStateException("cannot stop the password file watcher", e);
            }
        }
        try {
            Files.deleteIfExists(scratchDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + scratchDir, e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private String displayHost() {
        String h = options.host();
        if (options.isLoopback() || h.equals("0.0.0.0") || h.equals("::") || h.equals("[::]")) {
            return "localhost";
        }
        return h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h;
    }
}
