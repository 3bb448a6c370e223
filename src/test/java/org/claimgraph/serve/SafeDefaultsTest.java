package org.claimgraph.serve;

import static org.claimgraph.serve.HttpTestClient.basic;
import static org.claimgraph.serve.HttpTestClient.get;
import static org.claimgraph.serve.HttpTestClient.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimgraph.SampleStore;
import org.claimgraph.cli.Main;
import org.claimgraph.query.SampleData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The safety defaults, each checked against a running server. */
class SafeDefaultsTest {
    private static RunningServer server;

    @BeforeAll
    static void start() {
        // A short timeout so the runaway-query test is quick; every normal query here takes milliseconds.
        server = FusekiLauncher.start(SampleStore.sample(),
                new ServeOptions("127.0.0.1", 0, "claims").withQueryTimeout(Duration.ofSeconds(2)));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static String sparql(String query) {
        return server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void boundToLoopbackByDefault() {
        assertEquals("127.0.0.1", ServeOptions.defaults().host());
        try (RunningServer s = FusekiLauncher.start(SampleStore.sample(),
                new ServeOptions(ServeOptions.DEFAULT_HOST, 0, "claims"))) {
            assertEquals("127.0.0.1", s.listeningHost());
            assertEquals(200, get(s.sparqlUrl() + "?query=ASK%7B%7D").statusCode());
        }
        CommandLine.Model.OptionSpec host = Main.commandLine().getSubcommands().get("serve").getCommandSpec()
                .findOption("--host");
        assertEquals("127.0.0.1", host.defaultValue());
        assertFalse(Main.commandLine().getSubcommands().get("serve").getCommandSpec()
                .findOption("--allow-update").defaultValue() != null
                && Boolean.parseBoolean(Main.commandLine().getSubcommands().get("serve").getCommandSpec()
                .findOption("--allow-update").defaultValue()));
    }

    @Test
    void malformedSparqlIs400WithTheParserMessage() {
        HttpResponse<String> r = get(sparql("SELECT ?s WHERE { ?s ?p }"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Parse error"), r.body());
        assertTrue(r.body().contains("line 1, column"), r.body());
        assertFalse(r.body().contains("\tat "), r.body());
        HttpResponse<String> posted = post(server.sparqlUrl(), "application/sparql-query", "SELEC * {}");
        assertEquals(400, posted.statusCode());
        assertTrue(posted.body().contains("Lexical error at line 1, column 6"), posted.body());
    }

    @Test
    void updatesAreRefusedOnAReadOnlyServer() {
        long before = statementCount(SampleStore.sample());
        for (String path : List.of("claims/update", "claims", "claims/sparql", "claims/data")) {
            HttpResponse<String> r = post(server.baseUrl() + path, "application/sparql-update", "CLEAR ALL");
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " -> " + r.statusCode());
        }
        HttpResponse<String> put = HttpTestClient.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server.datasetUrl() + "?graph=urn:x"))
                .header("Content-Type", "text/turtle")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
        assertTrue(put.statusCode() >= 400 && put.statusCode() < 500, "GSP PUT -> " + put.statusCode());
        assertEquals(before, statementCount(SampleStore.sample()));
    }

    @Test
    void runawayQueryIsStoppedByTheTimeout() {
        // Every triple times every triple times every triple: hours of work without a timeout.
        long t0 = System.nanoTime();
        HttpResponse<String> r = get(sparql("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"));
        long seconds = Duration.ofNanos(System.nanoTime() - t0).toSeconds();
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("Query timed out"), r.body());
        assertTrue(seconds < 20, "took " + seconds + " s");
        // a client cannot ask for more than the server allows
        HttpResponse<String> longer = get(sparql("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
                + "&timeout=600");
        assertEquals(503, longer.statusCode());
        // and the server is still there
        assertEquals(200, get(sparql("ASK { ?s ?p ?o }")).statusCode());
    }

    @Test
    void adminAreaIsForThisMachineOnly() {
        // From loopback the UI's admin calls work.
        assertEquals(200, get(server.baseUrl() + "$/datasets").statusCode());
        assertEquals(200, get(server.baseUrl() + "$/server").statusCode());
        // A server whose admin filter sees every peer as remote: the same wiring a real remote client meets.
        try (RunningServer remoteView = FusekiLauncher.start(SampleStore.sample(),
                new ServeOptions("127.0.0.1", 0, "claims"), new LoopbackOnlyFilter(addr -> false))) {
            for (String path : List.of("$/datasets", "$/datasets/claims", "$/server", "$/stats/claims")) {
                HttpResponse<String> r = get(remoteView.baseUrl() + path);
                assertEquals(403, r.statusCode(), path);
                assertTrue(r.body().contains("answers requests from the server machine itself only"), r.body());
            }
            assertEquals(200, get(remoteView.baseUrl() + "$/ping").statusCode());
            // the data itself stays public
            assertEquals(200, get(remoteView.sparqlUrl() + "?query=ASK%7B%7D").statusCode());
            assertEquals(200, get(remoteView.browseUrl()).statusCode());
        }
    }

    @Test
    void loopbackAddressesAreRecognisedAndNamesAreNeverResolved() {
        for (String a : List.of("127.0.0.1", "127.1.2.3", "::1", "[::1]", "0:0:0:0:0:0:0:1", "[0:0:0:0:0:0:0:1]")) {
            assertTrue(LoopbackOnlyFilter.isLoopback(a), a);
        }
        for (String a : List.of("203.0.113.9", "10.0.0.1", "::ffff:203.0.113.9", "2001:db8::1", "localhost",
                "example.org", "", "1.2.3")) {
            assertFalse(LoopbackOnlyFilter.isLoopback(a), a);
        }
    }

    @Test
    void filterRefusesARemotePeerByItsSocketAddress() throws Exception {
        int[] status = {0};
        boolean[] passed = {false};
        HttpServletRequest remote = request("203.0.113.9", "/$/datasets");
        HttpServletResponse resp = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (p, m, args) -> {
                    if (m.getName().equals("sendError")) {
                        status[0] = (Integer) args[0];
                    }
                    return null;
                });
        new LoopbackOnlyFilter().doFilter(remote, resp, (q, s) -> passed[0] = true);
        assertEquals(403, status[0]);
        assertFalse(passed[0]);
        new LoopbackOnlyFilter().doFilter(request("203.0.113.9", "/$/ping"), resp, (q, s) -> passed[0] = true);
        assertTrue(passed[0]);
    }

    private static HttpServletRequest request(String remoteAddr, String path) {
        return (HttpServletRequest) Proxy.newProxyInstance(SafeDefaultsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, args) -> switch (m.getName()) {
                    case "getRemoteAddr" -> remoteAddr;
                    case "getServletPath" -> path;
                    case "getPathInfo" -> null;
                    // a forged header must not matter
                    case "getHeader" -> "127.0.0.1";
                    default -> null;
                });
    }

    @Test
    void writesNeedAllowUpdateAndAPasswordOffLoopback(@TempDir Path tmp) throws Exception {
        var e = assertThrows(IllegalArgumentException.class, () -> new ServeOptions("0.0.0.0", 0, "claims", true,
                null, ServeOptions.DEFAULT_QUERY_TIMEOUT));
        assertTrue(e.getMessage().contains("--password-file"), e.getMessage());
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: s3cret\n");
        assertThrows(IllegalArgumentException.class, () -> new ServeOptions("127.0.0.1", 0, "claims", false,
                passwords, ServeOptions.DEFAULT_QUERY_TIMEOUT));
        // through the command line: a usage error before anything starts
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        assertEquals(2, cl.execute("serve", "--db", tmp.toString(), "--port", "0", "--host", "0.0.0.0",
                "--allow-update"));
        assertTrue(err.toString().contains("give --password-file FILE"), err.toString());
    }

    @Test
    void allowUpdateWithPasswordFileNeedsBasicAuthForWritesOnly(@TempDir Path tmp) throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: s3cret\n");
        Dataset ds = scratchDataset();
        RunningServer server = FusekiLauncher.start(ds, new ServeOptions("127.0.0.1", 0, "claims", true, passwords,
                ServeOptions.DEFAULT_QUERY_TIMEOUT));
        try (RunningServer s = server) {
            assertTrue(s.watchesPasswords());
            String update = "INSERT DATA { GRAPH <urn:g> { <urn:s> a <https://claimgraph.org/ontology#Statement> } }";
            String url = s.datasetUrl() + "/update";
            HttpResponse<String> anonymous = post(url, "application/sparql-update", update);
            assertEquals(401, anonymous.statusCode());
            assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
            assertEquals(401, post(url, "application/sparql-update", update,
                    "Authorization", basic("editor", "wrong")).statusCode());
            assertEquals(4, statementCount(ds));
            HttpResponse<String> ok = post(url, "application/sparql-update", update,
                    "Authorization", basic("editor", "s3cret"));
            assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + " " + ok.body());
            assertEquals(5, statementCount(ds));
            // Graph Store writes too
            HttpResponse<String> put = HttpTestClient.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(s.datasetUrl() + "/data?graph=urn:g2"))
                    .header("Content-Type", "text/turtle")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
            assertEquals(401, put.statusCode());
            // reads stay open, and so do the pages
            assertEquals(200, get(s.sparqlUrl() + "?query=ASK%7B%7D").statusCode());
            assertEquals(200, get(s.browseUrl()).statusCode());
            assertTrue(s.accessSummary().contains("HTTP basic auth"), s.accessSummary());
        } finally {
            ds.close();
        }
        // the password file's reload scanner stops with the server instead of polling a removed file
        assertFalse(server.watchesPasswords());
    }

    @Test
    void allowUpdateOnLoopbackWithoutPasswordWorks() {
        Dataset ds = scratchDataset();
        try (RunningServer s = FusekiLauncher.start(ds, new ServeOptions("127.0.0.1", 0, "claims", true, null,
                ServeOptions.DEFAULT_QUERY_TIMEOUT))) {
            HttpResponse<String> ok = post(s.datasetUrl() + "/update", "application/sparql-update",
                    "DELETE WHERE { GRAPH ?g { ?s a <https://claimgraph.org/ontology#Statement> } }");
            assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + " " + ok.body());
            assertEquals(0, statementCount(ds));
        } finally {
            ds.close();
        }
    }

    @Test
    void landingPageStillServesWhenItsListsHitTheTimeout() {
        // 20,000 statements and a 1 ms timeout: the counting queries cannot finish in time.
        Dataset big = DatasetOpener.withUnionDefaultGraph(TDB2Factory.createDataset());
        Txn.executeWrite(big, () -> {
            var g = org.apache.jena.graph.NodeFactory.createURI("https://claimgraph.org/graph/article/big");
            var type = org.apache.jena.vocabulary.RDF.type.asNode();
            var statement = org.apache.jena.graph.NodeFactory.createURI("https://claimgraph.org/ontology#Statement");
            for (int i = 0; i < 20_000; i++) {
                big.asDatasetGraph().add(g, org.apache.jena.graph.NodeFactory.createURI(
                        "https://claimgraph.org/id/statement/big/" + i), type, statement);
            }
        });
        try (RunningServer s = FusekiLauncher.start(big,
                new ServeOptions("127.0.0.1", 0, "claims").withQueryTimeout(Duration.ofMillis(1)))) {
            HttpResponse<String> r = get(s.browseUrl());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("the counts took longer than the query timeout"), r.body());
            assertTrue(r.body().contains("Saved queries"), r.body());
        } finally {
            big.close();
        }
    }

    private static Dataset scratchDataset() {
        Dataset ds = DatasetOpener.withUnionDefaultGraph(TDB2Factory.createDataset());
        Txn.executeWrite(ds, () -> RDFParser.fromString(SampleData.TRIG, Lang.TRIG).parse(ds));
        return ds;
    }

    private static long statementCount(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds)
                    .query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s a <https://claimgraph.org/ontology#Statement> } }")
                    .build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
