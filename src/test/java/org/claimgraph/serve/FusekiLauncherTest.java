package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.claimgraph.query.QueryLibrary;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.query.ResultTable;
import org.claimgraph.query.SampleData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FusekiLauncherTest {
    /**
     * A fresh connection per request: after refusing a write, Jetty may close a kept-alive
     * connection, and a pooled client that reuses it then fails with "received no bytes".
     */
    private static final class Http {
        <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body)
                throws java.io.IOException, InterruptedException {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, body);
        }
    }

    private static final Http HTTP = new Http();
    private static Dataset ds;
    private static RunningServer server;
    private static final QueryLibrary LIB = QueryLibrary.builtIn();

    @BeforeAll
    static void start() {
        ds = SampleData.create();
        server = FusekiLauncher.start(ds, new ServeOptions("127.0.0.1", 0, "claims"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (ds != null) {
            ds.close();
        }
    }

    @Test
    void bannerNamesUiDatasetAndEndpoint() {
        int port = server.port();
        assertTrue(port > 0);
        assertEquals("Fuseki UI: http://localhost:" + port + "/ — browse: http://localhost:" + port
                + "/browse — dataset /claims — SPARQL endpoint http://localhost:" + port + "/claims/sparql",
                server.banner());
        assertTrue(server.accessSummary().startsWith("read-only"), server.accessSummary());
    }

    @Test
    void savedQueryRunsOverHttpWithSubstitutedParam() {
        ResultTable all = QueryRunner.remote(server.sparqlUrl()).select(LIB.get("who-said-what"), Map.of());
        assertEquals(4, all.size());
        ResultTable t = QueryRunner.remote(server.sparqlUrl())
                .select(LIB.get("who-said-what"), Map.of("speakerName", "Antony Blinken"));
        assertEquals(List.of("Antony Blinken", "Antony Blinken"), t.column("speaker"));
        assertEquals(List.of("said", "told"), t.column("cue"));
        assertEquals(List.of("Daily Example", "Evening Sample"), t.column("publisher"));
    }

    @Test
    void requiredAndTypedParamsOverHttp() {
        ResultTable t = QueryRunner.remote(server.sparqlUrl())
                .select(LIB.get("claim-articles"), Map.of("minArticles", "2"));
        assertEquals(List.of("troops near kyiv are regrouping not leaving"), t.column("claimText"));
        assertEquals(List.of("2"), t.column("publishers"));
    }

    @Test
    void injectionAttemptOverHttpIsJustALiteral() {
        ResultTable t = QueryRunner.remote(server.sparqlUrl())
                .select(LIB.get("statements-about-place"), Map.of("placeName", "Kyiv\" } ; DROP ALL ; #"));
        assertEquals(0, t.size());
        assertEquals(4, statementCount());
    }

    @Test
    void defaultGraphIsUnionOfNamedGraphsThroughFuseki() {
        // The data sits only in named graphs; a query without GRAPH must still see it.
        try (QueryExecution qe = QueryExecution.service(server.sparqlUrl())
                .query("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a <https://claimgraph.org/ontology#Statement> }")
                .build()) {
            assertEquals(4, qe.execSelect().next().getLiteral("n").getInt());
        }
    }

    @Test
    void rootServesTheUi() throws Exception {
        HttpResponse<String> r = get("");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Apache Jena Fuseki UI"), r.body());
        assertTrue(r.body().contains("<div id=\"app\">"), r.body());
        // The app's script comes from the jena-fuseki-ui jar too.
        Matcher script = Pattern.compile("src=\"\\./(static/[^\"]+\\.js)\"").matcher(r.body());
        assertTrue(script.find(), r.body());
        assertEquals(200, get(script.group(1)).statusCode());
    }

    @Test
    void uiCanListTheDataset() throws Exception {
        HttpResponse<String> r = get("$/datasets");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"/claims\""), r.body());
        assertEquals(200, get("$/server").statusCode());
        assertEquals(200, get("$/ping").statusCode());
    }

    @Test
    void sparqlUpdateIsRefused() throws Exception {
        String update = "DROP ALL";
        for (String path : List.of("claims/update", "claims")) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " -> " + r.statusCode());
        }
        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "claims"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=DROP+ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(form.statusCode() >= 400 && form.statusCode() < 500, "form update -> " + form.statusCode());
        assertEquals(4, statementCount());
    }

    @Test
    void graphStoreWriteIsRefused() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "claims?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "PUT -> " + r.statusCode());
        assertEquals(4, statementCount());
    }

    @Test
    void datasetCannotBeDeletedThroughAdmin() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "$/datasets/claims"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode());
        HttpResponse<String> create = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "$/datasets"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("dbName=other&dbType=mem")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, create.statusCode());
        assertFalse(get("$/datasets").body().contains("/other"));
        assertEquals(4, statementCount());
    }

    @Test
    void portInUseGivesClearError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FusekiLauncher.start(ds, new ServeOptions("127.0.0.1", server.port(), "claims")));
        assertTrue(e.getMessage().contains("cannot start Fuseki on 127.0.0.1:" + server.port()), e.getMessage());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int statementCount() {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds)
                    .query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s a <https://claimgraph.org/ontology#Statement> } }")
                    .build()) {
                return qe.execSelect().next().getLiteral("n").getInt();
            }
        });
    }
}
