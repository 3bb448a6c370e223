package org.claimgraph.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.extract.ExtractedArticle;
import org.claimgraph.pipeline.ArticleSink;
import org.claimgraph.rdf.ArticleMapper;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.Iris;

/**
 * Loads articles into a Fuseki (or any SPARQL 1.1 Graph Store Protocol server) that someone else
 * runs: one HTTP PUT per article graph, which replaces that graph, so re-ingesting is idempotent
 * and each article lands whole or not at all (the server applies a PUT in one transaction).
 *
 * <p>The endpoint is the dataset URL, e.g. {@code http://host:3030/ds}: Fuseki accepts Graph Store
 * requests ({@code ?graph=IRI}) and SPARQL queries there; or a Graph Store endpoint ending in
 * {@code /data} (counts are then queried at the sibling {@code /sparql}). Transient failures (connection refused or
 * reset, timeouts, HTTP 408, 429, 500, 502, 503, 504) are retried with exponential backoff;
 * authentication and permission failures (401, 403) and other client errors stop at once with a
 * message that names the endpoint and what to do.
 */
public final class RemoteStore implements ArticleSink {
    /** HTTP statuses worth another try: the server may answer differently in a moment. */
    private static final Set<Integer> TRANSIENT = Set.of(408, 429, 500, 502, 503, 504);

    /** A user and password for HTTP basic auth. */
    public record Credentials(String user, String password) {
        public Credentials {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        /**
         * Reads the first {@code user: password} line of a password file (the format Fuseki and
         * Jetty use; blank lines and '#' comments are skipped). Obfuscated or hashed passwords
         * (OBF:, MD5:, CRYPT:) cannot be sent by a client and are refused.
         */
        public static Credentials fromPasswordFile(Path file) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read password file " + file + ": " + e.getMessage(), e);
            }
            String[] lines = text.split("\\R");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected 'user: password'");
                }
                String user = line.substring(0, colon).strip();
                String password = line.substring(colon + 1).strip();
                int comma = password.indexOf(',');
                if (comma >= 0) {
                    password = password.substring(0, comma).strip(); // "user: password, role" (Jetty roles)
                }
                if (password.matches("(?i)(OBF|MD5|CRYPT):.*")) {
                    throw new IllegalArgumentException(file + " line " + (i + 1)
                            + ": the password is obfuscated or hashed; a client needs it in plain text");
                }
                return new Credentials(user, password);
            }
            throw new IllegalArgumentException("password file " + file + " has no 'user: password' line");
        }

        String basicHeader() {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** How often and how patiently to retry transient failures. */
    public record RetryPolicy(int attempts, Duration firstDelay, Duration requestTimeout) {
        public RetryPolicy {
            if (attempts < 1) {
                throw new IllegalArgumentException("attempts must be at least 1");
            }
        }

        /** 5 attempts, waiting 0.5, 1, 2, 4 s in between; 60 s per request. */
        public static RetryPolicy defaults() {
            return new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(60));
        }
    }

    /** A failure talking to the remote store; the message names the endpoint and the cause. */
    public static final class RemoteStoreException extends RuntimeException {
        private final int status;

        RemoteStoreException(String message, int status, Throwable cause) {
            super(message, cause);
            this.status = status;
        }

        /** The HTTP status, or 0 when there was no HTTP answer. */
        public int status() {
            return status;
        }
    }

    private final URI endpoint;
    private final ArticleMapper mapper;
    private final Credentials credentials;
    private final RetryPolicy retry;
    private final HttpClient http;

    /**
     * @param endpoint the dataset URL, {@code http(s)://HOST:PORT/DATASET}
     * @param credentials null for none
     */
    public RemoteStore(String endpoint, ArticleMapper mapper, Credentials credentials, RetryPolicy retry) {
        this.endpoint = parseEndpoint(endpoint);
        this.mapper = mapper;
        this.credentials = credentials;
        this.retry = retry;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static URI parseEndpoint(String endpoint) {
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--endpoint '" + endpoint + "' is not a URL: " + e.getMessage());
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getPath() == null || uri.getPath().length() < 2 || uri.getQuery() != null) {
            throw new IllegalArgumentException("--endpoint '" + endpoint
                    + "' must be a dataset URL like http://HOST:PORT/DATASET (no query string)");
        }
        return uri;
    }

    public URI endpoint() {
        return endpoint;
    }

    /**
     * Where to send SPARQL queries: the endpoint itself (a Fuseki dataset URL answers both), except
     * for a Graph Store endpoint named {@code .../data} (Fuseki's convention, and where
     * {@code claimgraph serve --allow-update} takes writes), whose dataset's {@code /sparql} is used.
     */
    URI queryEndpoint() {
        String s = endpoint.toString();
        return s.endsWith("/data") ? URI.create(s.substring(0, s.length() - "/data".length()) + "/sparql") : endpoint;
    }

    /** Replaces the ontology graph with the shipped ontology (also a first check that writing works). */
    public void loadOntology() {
        Graph g = GraphFactory.createDefaultGraph();
        for (String resource : TdbStore.ONTOLOGY_RESOURCES) {
            try (InputStream in = RemoteStore.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + resource, e);
            }
        }
        putGraph(NodeFactory.createURI(CG.ONTOLOGY_GRAPH), g);
    }

    @Override
    public void accept(ExtractedArticle article) {
        Node graphName = Iris.articleGraph(article.article().id());
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        graphs.put(graphName, GraphFactory.createDefaultGraph()); // an article with no statements still replaces its graph
        mapper.write(article, new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                graphs.computeIfAbsent(q.isDefaultGraph() ? graphName : q.getGraph(),
                        k -> GraphFactory.createDefaultGraph()).add(q.asTriple());
            }

            @Override
            public void triple(Triple t) {
                graphs.get(graphName).add(t);
            }
        });
        graphs.forEach(this::putGraph);
    }

    /** Replaces one named graph on the server (Graph Store Protocol PUT). */
    public void putGraph(Node graphName, Graph content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFDataMgr.write(body, content, Lang.NTRIPLES);
        URI target = URI.create(endpoint + "?graph=" + URLEncoder.encode(graphName.getURI(), StandardCharsets.UTF_8));
        HttpRequest.Builder req = HttpRequest.newBuilder(target)
                .timeout(retry.requestTimeout())
                .header("Content-Type", "application/n-triples; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        send(req, "replace graph <" + graphName.getURI() + ">");
    }

    /** What the remote dataset holds now: article graphs and statements. */
    public TdbStore.Counts counts() {
        String query = """
                SELECT (COUNT(DISTINCT ?g) AS ?articles) (COUNT(DISTINCT ?s) AS ?statements) (0 AS ?quads) {
                  { GRAPH ?g { ?a a <https://claimgraph.org/ontology#Article> } }
                  UNION { GRAPH ?h { ?s a <https://claimgraph.org/ontology#Statement> } }
                }""";
        HttpRequest.Builder req = HttpRequest.newBuilder(queryEndpoint())
                .timeout(retry.requestTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        byte[] json = send(req, "count what it holds");
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json), ResultSetLang.RS_JSON);
        QuerySolution row = rs.next();
        return new TdbStore.Counts(row.getLiteral("articles").getLong(), row.getLiteral("statements").getLong(), -1);
    }

    /** Sends with retries; returns the body of a 2xx answer or throws a RemoteStoreException. */
    private byte[] send(HttpRequest.Builder builder, String what) {
        if (credentials != null) {
            builder.header("Authorization", credentials.basicHeader());
        }
        HttpRequest request = builder.build();
        Duration delay = retry.firstDelay();
        String lastProblem = "";
        for (int attempt = 1; attempt <= retry.attempts(); attempt++) {
            if (attempt > 1) {
                sleep(delay);
                delay = delay.multipliedBy(2);
            }
            HttpResponse<byte[]> resp;
            try {
                resp = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                lastProblem = describe(e);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RemoteStoreException("interrupted while trying to " + what + " at " + endpoint, 0, e);
            }
            int status = resp.statusCode();
            if (status >= 200 && status < 300) {
                return resp.body();
            }
            String serverSays = firstLine(resp.body());
            if (TRANSIENT.contains(status)) {
                lastProblem = "HTTP " + status + serverSays;
                continue;
            }
            throw new RemoteStoreException(explain(status, what) + serverSays, status, null);
        }
        throw new RemoteStoreException("could not " + what + " at " + endpoint + ": gave up after " + retry.attempts()
                + " attempts; last problem: " + lastProblem, 0, null);
    }

    private String explain(int status, String what) {
        String prefix = "the server at " + endpoint + " refused to " + what + ": HTTP " + status;
        return switch (status) {
            case 401 -> prefix + " Unauthorized — authentication failed; "
                    + (credentials == null ? "this server needs a user and password: give --password-file FILE"
                    + " (a 'user: password' line)" : "the server rejected user '" + credentials.user() + "'");
            case 403 -> prefix + " Forbidden — " + (credentials == null ? "anonymous users"
                    : "user '" + credentials.user() + "'") + " may not do this on this dataset";
            case 404 -> prefix + " Not Found — is there a dataset at this URL? (--endpoint http://HOST:PORT/DATASET)";
            case 405 -> prefix + " Method Not Allowed — the dataset is read-only"
                    + " (start Fuseki with --update, or give the dataset a read-write Graph Store endpoint)";
            default -> prefix;
        };
    }

    private static String firstLine(byte[] body) {
        String s = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8).strip();
        if (s.isEmpty() || s.startsWith("<")) {
            return ""; // HTML error pages say nothing a terminal user can read
        }
        int nl = s.indexOf('\n');
        return " (server says: " + (nl > 0 ? s.substring(0, nl) : s).strip() + ")";
    }

    private static String describe(IOException e) {
        if (e instanceof ConnectException) {
            return "cannot connect (" + Optional.ofNullable(e.getMessage()).orElse("connection refused") + ")";
        }
        if (e instanceof HttpTimeoutException) {
            return "timed out (" + e.getMessage() + ")";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteStoreException("interrupted while waiting to retry", 0, e);
        }
    }
}
