package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.store.RemoteStore.Credentials;
import org.claimgraph.store.RemoteStore.RemoteStoreException;
import org.claimgraph.store.RemoteStore.RetryPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RemoteStore's HTTP behaviour against a scripted server on a loopback port: retries on transient
 * failures, immediate clear errors on 401/403/404/405, credentials, password files. (The real
 * Fuseki round trip is RemoteFusekiIngestTest.)
 */
class RemoteStoreTest {
    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(20), Duration.ofSeconds(10));

    private HttpServer server;
    private final List<String> seen = Collections.synchronizedList(new ArrayList<>());
    private final List<String> auth = Collections.synchronizedList(new ArrayList<>());

    /** Starts a server at /ds answering the n-th request (1-based) with the given status. */
    private String serve(IntUnaryOperator statusOfRequest) throws IOException {
        AtomicInteger n = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ds", (HttpExchange ex) -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            seen.add(ex.getRequestMethod() + " " + ex.getRequestURI() + " " + ex.getRequestHeaders().getFirst("Content-Type")
                    + " " + new String(body, StandardCharsets.UTF_8).lines().count());
            auth.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
            int status = statusOfRequest.applyAsInt(n.incrementAndGet());
            byte[] msg = (status >= 400 ? "Error " + status + ": scripted failure\n" : "").getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status, msg.length == 0 ? -1 : msg.length);
            if (msg.length > 0) {
                ex.getResponseBody().write(msg);
            }
            ex.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/ds";
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static Graph oneTriple() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString("<urn:a> <urn:b> \"c\" .", Lang.NTRIPLES).parse(g);
        return g;
    }

    @Test
    void putReplacesOneGraphAndRetriesTransientFailures() throws IOException {
        String url = serve(n -> n <= 2 ? (n == 1 ? 503 : 502) : 204);
        new RemoteStore(url, null, null, FAST).putGraph(NodeFactory.createURI("https://claimgraph.org/graph/article/x"),
                oneTriple());
        assertEquals(3, seen.size(), seen.toString());
        assertEquals("PUT /ds?graph=https%3A%2F%2Fclaimgraph.org%2Fgraph%2Farticle%2Fx application/n-triples; charset=utf-8 1",
                seen.get(2));
    }

    @Test
    void givesUpAfterTheLastAttemptNamingEndpointAndProblem() throws IOException {
        String url = serve(n -> 503);
        RemoteStoreException e = assertThrows(RemoteStoreException.class,
                () -> new RemoteStore(url, null, null, FAST).putGraph(NodeFactory.createURI("urn:g"), oneTriple()));
        assertEquals(3, seen.size());
        assertEquals("could not replace graph <urn:g> at " + url + ": gave up after 3 attempts; last problem: HTTP 503"
                + " (server says: Error 503: scripted failure)", e.getMessage());
    }

    @Test
    void unreachableServerIsRetriedThenReported() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/ds";
        RemoteStoreException e = assertThrows(RemoteStoreException.class,
                () -> new RemoteStore(url, null, null, FAST).putGraph(NodeFactory.createURI("urn:g"), oneTriple()));
        assertTrue(e.getMessage().startsWith("could not replace graph <urn:g> at " + url + ": gave up after 3 attempts;"
                + " last problem: cannot connect"), e.getMessage());
    }

    @Test
    void authenticationAndPermissionFailuresStopAtOnce() throws IOException {
        String url = serve(n -> 401);
        RemoteStoreException anon = assertThrows(RemoteStoreException.class,
                () -> new RemoteStore(url, null, null, FAST).putGraph(NodeFactory.createURI("urn:g"), oneTriple()));
        assertEquals(401, anon.status());
        assertEquals(1, seen.size(), "no retries on 401");
        assertTrue(anon.getMessage().startsWith("the server at " + url + " refused to replace graph <urn:g>: HTTP 401"
                + " Unauthorized — authentication failed; this server needs a user and password: give --password-file"),
                anon.getMessage());
        stop();
        seen.clear();
        auth.clear();
        String url2 = serve(n -> 403);
        RemoteStoreException forbidden = assertThrows(RemoteStoreException.class,
                () -> new RemoteStore(url2, null, new Credentials("reader", "pw"), FAST)
                        .putGraph(NodeFactory.createURI("urn:g"), oneTriple()));
        assertEquals(1, seen.size(), "no retries on 403");
        assertEquals("the server at " + url2 + " refused to replace graph <urn:g>: HTTP 403 Forbidden — user 'reader'"
                + " may not do this on this dataset (server says: Error 403: scripted failure)", forbidden.getMessage());
        assertEquals("Basic " + java.util.Base64.getEncoder().encodeToString("reader:pw".getBytes()), auth.get(0));
    }

    @Test
    void readOnlyOrMissingDatasetsAreExplained() throws IOException {
        String url = serve(n -> n == 1 ? 405 : 404);
        RemoteStore store = new RemoteStore(url, null, null, FAST);
        assertTrue(assertThrows(RemoteStoreException.class, () -> store.putGraph(NodeFactory.createURI("urn:g"), oneTriple()))
                .getMessage().contains("HTTP 405 Method Not Allowed — the dataset is read-only (start Fuseki with --update"));
        assertTrue(assertThrows(RemoteStoreException.class, () -> store.putGraph(NodeFactory.createURI("urn:g"), oneTriple()))
                .getMessage().contains("HTTP 404 Not Found — is there a dataset at this URL?"));
    }

    @Test
    void passwordFilesInFusekiFormat(@TempDir Path tmp) throws IOException {
        Path f = Files.writeString(tmp.resolve("pw"), "# users\n\neditor: s3cret:with:colons, admin\nother: x\n");
        assertEquals(new Credentials("editor", "s3cret:with:colons"), Credentials.fromPasswordFile(f));
        Path obf = Files.writeString(tmp.resolve("obf"), "editor: OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Credentials.fromPasswordFile(obf))
                .getMessage().endsWith("obf line 1: the password is obfuscated or hashed; a client needs it in plain text"));
        Path bad = Files.writeString(tmp.resolve("bad"), "just-a-password\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Credentials.fromPasswordFile(bad))
                .getMessage().endsWith("bad line 1: expected 'user: password'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Credentials.fromPasswordFile(tmp.resolve("none")))
                .getMessage().startsWith("cannot read password file"));
    }

    @Test
    void endpointMustBeADatasetUrl() {
        for (String bad : List.of("localhost:3030/ds", "ftp://h/ds", "http://h:3030/", "http://h:3030/ds?x=1", "not a url")) {
            assertThrows(IllegalArgumentException.class, () -> RemoteStore.parseEndpoint(bad), bad);
        }
        assertEquals("/ds", RemoteStore.parseEndpoint("http://localhost:3030/ds").getPath());
        assertEquals("http://h:3030/ds", new RemoteStore("http://h:3030/ds", null, null, FAST).queryEndpoint().toString());
        assertEquals("http://h:3030/ds/sparql",
                new RemoteStore("http://h:3030/ds/data", null, null, FAST).queryEndpoint().toString());
    }
}
