package org.claimgraph.link;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A remote SPARQL query service (the public Wikidata one by default) with an on-disk cache: the
 * response to each distinct query is stored under {@code cacheDir} by a hash of endpoint and
 * query, so a second run with the same data makes no requests at all. Requests are sequential
 * (one at a time) and identify the tool with a User-Agent, as the Wikidata query service asks.
 */
public final class RemoteEndpoint implements SparqlEndpoint {
    static final String USER_AGENT = "claimgraph/0.1 (https://claimgraph.org; offline-first news knowledge graph)";
    private static final int MAX_ATTEMPTS = 3;
    private static final Duration MAX_WAIT = Duration.ofSeconds(30);

    private final URI endpoint;
    private final Path cacheDir;
    private final boolean refresh;
    private final HttpClient client;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger cacheHits = new AtomicInteger();

    /**
     * @param endpoint the query service URL
     * @param cacheDir where responses are cached; null for no cache
     * @param refresh  ignore cached responses (they are still rewritten), e.g. for {@code wikidata update}
     */
    public RemoteEndpoint(URI endpoint, Path cacheDir, boolean refresh) {
        this.endpoint = endpoint;
        this.cacheDir = cacheDir;
        this.refresh = refresh;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The public Wikidata query service, cached in {@code cacheDir}. */
    public static RemoteEndpoint wikidata(Path cacheDir) {
        return new RemoteEndpoint(URI.create(Wd.QUERY_SERVICE), cacheDir, false);
    }

    /** The default cache folder: {@code $XDG_CACHE_HOME/claimgraph/wikidata} or {@code ~/.cache/claimgraph/wikidata}. */
    public static Path defaultCacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("claimgraph").resolve("wikidata");
    }

    /** HTTP requests made so far by this instance (cache hits excluded). */
    public int requests() {
        return requests.get();
    }

    /** Queries answered from the cache so far. */
    public int cacheHits() {
        return cacheHits.get();
    }

    @Override
    public List<Map<String, Node>> select(String query) {
        byte[] body = fetch(query, "application/sparql-results+json", "json");
        try (InputStream in = new ByteArrayInputStream(body)) {
            ResultSet rs = ResultSetMgr.read(in, ResultSetLang.RS_JSON);
            List<Map<String, Node>> rows = new ArrayList<>();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, Node> row = new HashMap<>();
                s.varNames().forEachRemaining(v -> {
                    if (s.get(v) != null) {
                        row.put(v, s.get(v).asNode());
                    }
                });
                rows.add(row);
            }
            return rows;
        } catch (IOException | RiotException e) {
            throw new IllegalStateException(endpoint + " returned results that are not SPARQL JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public Graph construct(String query) {
        byte[] body = fetch(query, "application/n-triples", "nt");
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(body)).lang(Lang.NTRIPLES).parse(g);
        } catch (RiotException e) {
            throw new IllegalStateException(endpoint + " returned a graph that is not N-Triples: " + e.getMessage(), e);
        }
        return g;
    }

    @Override
    public String describe() {
        return endpoint.toString();
    }

    private byte[] fetch(String query, String accept, String extension) {
        Path cached = cacheDir == null ? null : cacheDir.resolve(hash(endpoint + "\n" + accept + "\n" + query) + "." + extension);
        if (cached != null && !refresh && Files.isRegularFile(cached)) {
            try {
                byte[] body = Files.readAllBytes(cached);
                cacheHits.incrementAndGet();
                return body;
            } catch (IOException e) {
                // An unreadable cache entry is fetched again rather than failing the run.
            }
        }
        byte[] body = post(query, accept);
        if (cached != null) {
            store(cached, body);
        }
        return body;
    }

    private byte[] post(String query, String accept) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(60))
                .header("Accept", accept)
                .header("User-Agent", USER_AGENT)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<byte[]> response;
            try {
                requests.incrementAndGet();
                response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot reach " + endpoint + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while querying " + endpoint, e);
            }
            int status = response.statusCode();
            if (status == 200) {
                return response.body();
            }
            // Too many requests / busy: wait as told (bounded) and try again, a few times.
            if ((status == 429 || status == 503) && attempt < MAX_ATTEMPTS) {
                sleep(retryAfter(response));
                continue;
            }
            String text = new String(response.body(), StandardCharsets.UTF_8).strip();
            throw new IllegalStateException(endpoint + " answered HTTP " + status
                    + (text.isEmpty() ? "" : ": " + text.substring(0, Math.min(300, text.length()))));
        }
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        try {
            long seconds = Long.parseLong(response.headers().firstValue("Retry-After").orElse("5").strip());
            Duration d = Duration.ofSeconds(Math.max(1, seconds));
            return d.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : d;
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(5);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }

    /** Writes a cache entry atomically, so an interrupted run never leaves half a response. */
    private static void store(Path file, byte[] body) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "partial-", ".tmp");
            Files.write(tmp, body);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Wikidata cache " + file + ": " + e.getMessage(), e);
        }
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
