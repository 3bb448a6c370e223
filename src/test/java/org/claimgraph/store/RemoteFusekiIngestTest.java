package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.claimgraph.SampleStore;
import org.claimgraph.cli.Main;
import org.claimgraph.rdf.CG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code claimgraph ingest --endpoint} against a real Fuseki run as a separate process: the
 * jena-fuseki-server jar of the project's Jena version (copied to target/ by the build), on a free
 * loopback port, in-memory dataset with updates on and HTTP basic auth. Counts are checked through
 * that server's own SPARQL endpoint.
 */
class RemoteFusekiIngestTest {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Process fuseki;
    private static Path work;
    private static Path passwords;
    private static String endpoint;

    @BeforeAll
    static void startFuseki() throws Exception {
        Path jar = Path.of(System.getProperty("claimgraph.fusekiServerJar", "target/fuseki-server/jena-fuseki-server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError(jar + " is missing: run the tests through Maven (mvn test), whose"
                    + " process-test-resources phase copies org.apache.jena:jena-fuseki-server there");
        }
        work = Files.createTempDirectory("claimgraph-remote-fuseki");
        passwords = Files.writeString(work.resolve("passwords"), "editor: s3cret\n");
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // The working directory is a temp dir: Fuseki's admin module creates its work area ./run there.
        fuseki = new ProcessBuilder(java.toString(), "-Xmx512m", "-jar", jar.toAbsolutePath().toString(),
                "--localhost", "--port=" + port, "--passwd=" + passwords, "--auth=basic", "--mem", "--update", "/ds")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("fuseki.log").toFile())
                .start();
        endpoint = "http://127.0.0.1:" + port + "/ds";
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (true) {
            if (!fuseki.isAlive()) {
                throw new AssertionError("Fuseki exited with " + fuseki.exitValue() + ": " + log());
            }
            try {
                HTTP.send(HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(2)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                break; // any HTTP answer (401 included) means it is listening
            } catch (IOException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("Fuseki did not start within " + START_TIMEOUT + ": " + log());
                }
                Thread.sleep(200);
            }
        }
    }

    @AfterAll
    static void stopFuseki() throws Exception {
        if (fuseki != null) {
            fuseki.destroy();
            if (!fuseki.waitFor(10, TimeUnit.SECONDS)) {
                fuseki.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (work != null) {
            try (var files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String log() {
        try {
            return Files.readString(work.resolve("fuseki.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private record Run(int exit, String out, String err) {}

    private static Run ingest(String... extra) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> args = new java.util.ArrayList<>(List.of("ingest", "--endpoint", endpoint, "--threads", "2"));
        args.addAll(List.of(extra));
        args.add(SampleStore.sampleDir().toString());
        return new Run(cl.execute(args.toArray(String[]::new)), out.toString(), err.toString());
    }

    /** Runs a SELECT on the remote server's SPARQL endpoint (with the editor's credentials). */
    private static QuerySolution remoteRow(String query) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint + "/sparql"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
        return rs.next();
    }

    private static long[] remoteCounts() throws Exception {
        QuerySolution row = remoteRow("""
                SELECT (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(DISTINCT ?s) AS ?statements) (COUNT(*) AS ?quads)
                       (SUM(IF(?g = <%s>, 1, 0)) AS ?ontology) {
                  GRAPH ?g { ?x ?p ?o }
                  OPTIONAL { GRAPH ?g { ?x a <https://claimgraph.org/ontology#Statement> BIND (?x AS ?s) } }
                }""".formatted(CG.ONTOLOGY_GRAPH));
        return new long[] {row.getLiteral("graphs").getLong(), row.getLiteral("statements").getLong(),
                row.getLiteral("quads").getLong(), row.getLiteral("ontology").getLong()};
    }

    private static long localStatements() {
        return new TdbStore(SampleStore.sample(), SampleStore.mapper()).counts().statements();
    }

    @Test
    void ingestsOneGraphPerArticleAndReplacesThemOnReingest() throws Exception {
        Run first = ingest("--password-file", passwords.toString());
        assertEquals(0, first.exit(), first.err());
        long statements = localStatements();
        assertTrue(statements > 40, "sample statements: " + statements);
        assertTrue(first.out().contains(endpoint + " now holds 10 article(s), " + statements + " statement(s)"),
                first.out());
        long[] counts = remoteCounts();
        assertEquals(11, counts[0], "10 article graphs + the ontology graph");
        assertEquals(statements, counts[1]);
        assertTrue(counts[3] > 50, "ontology triples: " + counts[3]);
        assertEquals("Antony Blinken", remoteRow("""
                SELECT ?l { GRAPH <https://claimgraph.org/graph/article/washington-wary-2022-03-29> {
                  ?s <https://claimgraph.org/ontology#speaker> ?a } GRAPH ?g2 { ?a <http://www.w3.org/2000/01/rdf-schema#label> ?l }
                  FILTER (?a = <https://claimgraph.org/id/person/antony-blinken>) } LIMIT 1""")
                .getLiteral("l").getLexicalForm());

        Run again = ingest("--password-file", passwords.toString());
        assertEquals(0, again.exit(), again.err());
        long[] after = remoteCounts();
        assertEquals(counts[0], after[0], "graphs after re-ingest");
        assertEquals(counts[1], after[1], "statements after re-ingest");
        assertEquals(counts[2], after[2], "quads after re-ingest: graphs were replaced, not added to");
    }

    @Test
    void missingOrWrongCredentialsGiveAClearErrorNamingTheEndpoint(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Run anonymous = ingest();
        assertEquals(1, anonymous.exit());
        assertTrue(anonymous.err().contains("the server at " + endpoint + " refused to replace graph <"
                + CG.ONTOLOGY_GRAPH + ">: HTTP 401 Unauthorized — authentication failed; this server needs a user"
                + " and password: give --password-file FILE"), anonymous.err());
        Path wrong = Files.writeString(tmp.resolve("wrong"), "editor: guess\n");
        Run rejected = ingest("--password-file", wrong.toString());
        assertEquals(1, rejected.exit());
        assertTrue(rejected.err().contains("HTTP 401 Unauthorized — authentication failed; the server rejected user"
                + " 'editor'"), rejected.err());
        assertTrue(!rejected.err().contains("\tat "), rejected.err());
    }

    @Test
    void endpointAndDbTogetherIsAUsageError() {
        Run both = ingest("--db", "somewhere");
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("give either --db or --endpoint, not both"), both.err());
    }
}
