package org.claimgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.Context;
import org.claimgraph.query.QueryLibrary;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Starts an embedded Fuseki with its web UI, the linked-data pages ({@code /id/...}) and the
 * landing page ({@code /browse}) for one dataset. Does not block; the caller decides how long the
 * server lives.
 *
 * <p>Endpoints of {@code /NAME}: SPARQL query at {@code /NAME}, {@code /NAME/sparql} and
 * {@code /NAME/query}, Graph Store Protocol read at {@code /NAME} and {@code /NAME/get}. With
 * {@link ServeOptions#allowUpdate()} also SPARQL Update at {@code /NAME/update} and Graph Store
 * read-write at {@code /NAME/data}; writes are deliberately only on these named endpoints, so a
 * password file protects exactly them (HTTP basic auth) and reads stay open.
 *
 * <p>Every query endpoint carries the query timeout in its context; Fuseki takes the smaller of it
 * and a client's own {@code timeout} parameter, so no client can lift it.
 *
 * <p>The UI's admin calls are served by {@link ReadOnlyUiSupport} (see there why not FMod_Admin),
 * and the whole admin area {@code /$/} is reachable from loopback addresses only
 * ({@link LoopbackOnlyFilter}), except {@code /$/ping}.
 */
public final class FusekiLauncher {
    private FusekiLauncher() {}

    /**
     * Starts the server. The dataset should already have the union default graph on (see
     * {@link DatasetOpener}); the launcher does not change the dataset or its context.
     */
    public static RunningServer start(Dataset ds, ServeOptions opts) {
        return start(ds, opts, new LoopbackOnlyFilter());
    }

    /** As {@link #start(Dataset, ServeOptions)} with the admin-area filter given (tests act as a remote peer). */
    static RunningServer start(Dataset ds, ServeOptions opts, LoopbackOnlyFilter adminFilter) {
        Path scratch;
        try {
            // Empty on purpose: FMod_UI would serve files from scratch/webapp if it existed.
            scratch = Files.createTempDirectory("claimgraph-fuseki");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch directory for Fuseki", e);
        }
        Pages pages = new Pages(opts.name());
        FusekiServer.Builder builder = FusekiServer.create()
                .port(opts.port())
                .loopback(opts.isLoopback())
                // Modules run in order: the UI module needs the server-control attribute set first.
                .fusekiModules(FusekiModules.create(new ReadOnlyUiSupport(scratch), FMod_UI.create()))
                .add("/" + opts.name(), dataService(ds, opts))
                .addFilter("/$/*", adminFilter)
                .addServlet("/id/*", new ResourceServlet(ds, pages))
                .addServlet("/browse/*", new BrowseServlet(ds, pages, QueryLibrary.builtIn(), opts.queryTimeout()));
        // Our own user store rather than builder.passwordFile(): Fuseki starts that store's reload
        // scanner outside the server's life cycle, so it would outlive stop() and keep polling the file.
        UserStore users = null;
        if (opts.passwordFile() != null) {
            users = JettySecurityLib.makeUserStore(opts.passwordFile().toString());
            builder.securityHandler(JettySecurityLib.makeSecurityHandler("claimgraph", users, AuthScheme.BASIC));
        }
        FusekiServer server;
        try {
            server = builder.build();
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(opts.host()); // bind exactly the requested interface
                }
            }
            server.start();
        } catch (RuntimeException e) {
            stopQuietly(users);
            try {
                Files.deleteIfExists(scratch);
            } catch (IOException ignored) {
                // the start failure is the error worth reporting
            }
            throw new IllegalStateException("cannot start Fuseki on " + opts.host() + ":" + opts.port() + ": "
                    + rootMessage(e), e);
        }
        return new RunningServer(server, opts, scratch, users);
    }

    private static void stopQuietly(UserStore users) {
        try {
            if (users != null) {
                users.stop();
            }
        } catch (Exception ignored) {
            // the start failure is the error worth reporting
        }
    }

    /** The endpoints described in the class comment. */
    static DataService.Builder dataService(Dataset ds, ServeOptions opts) {
        Context timeout = new Context();
        timeout.set(ARQ.queryTimeout, Long.toString(opts.queryTimeout().toMillis()));
        // Named endpoints first: the UI's query page uses the first one listed (/NAME/sparql).
        DataService.Builder b = DataService.newBuilder(ds.asDatasetGraph())
                .addEndpoint(endpoint(Operation.Query, "sparql", timeout, null))
                .addEndpoint(endpoint(Operation.Query, "query", timeout, null))
                .addEndpoint(endpoint(Operation.GSP_R, "get", null, null))
                .addEndpoint(endpoint(Operation.Query, "", timeout, null))
                .addEndpoint(endpoint(Operation.GSP_R, "", null, null));
        if (opts.allowUpdate()) {
            AuthPolicy writers = opts.passwordFile() == null ? null : Auth.ANY_USER;
            b.addEndpoint(endpoint(Operation.Update, "update", null, writers))
                    .addEndpoint(endpoint(Operation.GSP_RW, "data", null, writers));
        }
        return b;
    }

    private static Endpoint endpoint(Operation op, String name, Context context, AuthPolicy policy) {
        Endpoint.Builder b = Endpoint.create().operation(op).endpointName(name);
        if (context != null) {
            b.context(context);
        }
        if (policy != null) {
            b.authPolicy(policy);
        }
        return b.build();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
