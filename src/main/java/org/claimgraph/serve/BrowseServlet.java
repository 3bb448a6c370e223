package org.claimgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.claimgraph.query.QueryLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The landing page at {@code /browse}: the saved queries, each with a link that opens it in the
 * Fuseki UI's query editor; the actor–event–place network (drawn in the browser by vis-network,
 * served from the jar, from a SPARQL query against this server); and lists of actors and
 * articles linking to their {@code /id/} pages. Also serves the page's static assets.
 */
final class BrowseServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(BrowseServlet.class);

    /** Asset name → classpath resource (relative to this class) and media type; nothing else is served. */
    private static final Map<String, String[]> ASSETS = Map.of(
            "style.css", new String[] {"assets/style.css", "text/css; charset=utf-8"},
            "network.js", new String[] {"assets/network.js", "text/javascript; charset=utf-8"},
            "vis-network.min.js", new String[] {"vendor/vis-network/vis-network.min.js", "text/javascript; charset=utf-8"},
            "vis-network-LICENSE-MIT.txt", new String[] {"vendor/vis-network/LICENSE-MIT", "text/plain; charset=utf-8"},
            "vis-network-LICENSE-APACHE-2.0.txt",
            new String[] {"vendor/vis-network/LICENSE-APACHE-2.0", "text/plain; charset=utf-8"});

    private static final String PREFIXES = """
            PREFIX cg: <https://claimgraph.org/ontology#>
            PREFIX schema: <https://schema.org/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    private static final int LIST_LIMIT = 500;

    private final transient Dataset dataset;
    private final transient Pages pages;
    private final transient QueryLibrary queries;
    private final Duration timeout;

    BrowseServlet(Dataset dataset, Pages pages, QueryLibrary queries, Duration timeout) {
        this.dataset = dataset;
        this.pages = pages;
        this.queries = queries;
        this.timeout = timeout;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String root = req.getContextPath() + "/";
        String info = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (info.startsWith("/assets/")) {
            asset(info.substring("/assets/".length()), resp);
            return;
        }
        if (!info.isEmpty() && !info.equals("/")) {
            ResourceServlet.sendHtml(resp, HttpServletResponse.SC_NOT_FOUND,
                    pages.error(root, "Not found", "There is no page " + req.getRequestURI() + "."));
            return;
        }
        String html;
        try {
            html = Txn.calculateRead(dataset, () -> {
                List<String> notes = new ArrayList<>();
                Pages.Summary summary = partly(this::summary, new Pages.Summary(-1, -1, -1), "the counts", notes);
                List<Pages.Item> actors = partly(this::actors, List.of(), "the actor list", notes);
                List<Pages.Item> articles = partly(this::articles, List.of(), "the article list", notes);
                return pages.landing(root, summary, queries.all(), actors, articles, notes);
            });
        } catch (RuntimeException e) {
            LOG.warn("landing page failed", e);
            ResourceServlet.sendHtml(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    pages.error(root, "Server error", "Could not read the store: " + e.getMessage()));
            return;
        }
        ResourceServlet.sendHtml(resp, HttpServletResponse.SC_OK, html);
    }

    /**
     * One part of the landing page; on a store too big for it to finish within the query timeout,
     * the page is still served, without that part and saying so.
     */
    private <T> T partly(java.util.function.Supplier<T> part, T fallback, String what, List<String> notes) {
        try {
            return part.get();
        } catch (QueryCancelledException e) {
            notes.add(what + " took longer than the query timeout (" + timeout.toSeconds() + " s) and is not shown");
            return fallback;
        }
    }

    private void asset(String name, HttpServletResponse resp) throws IOException {
        String[] asset = ASSETS.get(name);
        InputStream in = asset == null ? null : BrowseServlet.class.getResourceAsStream(asset[0]);
        if (in == null) {
            ResourceServlet.sendText(resp, HttpServletResponse.SC_NOT_FOUND, "no asset " + name + "\n");
            return;
        }
        try (in; OutputStream out = resp.getOutputStream()) {
            resp.setStatus(HttpServletResponse.SC_OK);
            resp.setContentType(asset[1]);
            resp.setHeader("Cache-Control", "max-age=3600");
            in.transferTo(out);
        }
    }

    private List<QuerySolution> select(String query) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(PREFIXES + query)
                .timeout(timeout.toMillis()).build()) {
            ResultSet rs = qe.execSelect();
            List<QuerySolution> rows = new ArrayList<>();
            rs.forEachRemaining(rows::add);
            return rows;
        }
    }

    private Pages.Summary summary() {
        QuerySolution row = select("""
                SELECT (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?s) AS ?statements)
                       (COUNT(DISTINCT ?p) AS ?actors) {
                  { ?a a cg:Article } UNION { ?s a cg:Statement }
                  UNION { ?p a ?t FILTER (?t IN (cg:Person, cg:Organization, cg:Country)) }
                }""").get(0);
        return new Pages.Summary(row.getLiteral("articles").getLong(), row.getLiteral("statements").getLong(),
                row.getLiteral("actors").getLong());
    }

    private List<Pages.Item> actors() {
        List<Pages.Item> items = new ArrayList<>();
        for (QuerySolution r : select("""
                SELECT ?a (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) (COUNT(DISTINCT ?s) AS ?n) {
                  ?a a ?t ; rdfs:label ?l . FILTER (?t IN (cg:Person, cg:Organization, cg:Country))
                  OPTIONAL { ?s cg:speaker ?a }
                } GROUP BY ?a ORDER BY DESC(?n) ?label LIMIT """ + LIST_LIMIT)) {
            String type = r.getResource("type").getLocalName();
            long n = r.getLiteral("n").getLong();
            items.add(new Pages.Item(r.getResource("a").getURI(), r.getLiteral("label").getLexicalForm(),
                    type.toLowerCase() + (n > 0 ? ", " + n + " statement" + (n == 1 ? "" : "s") : "")));
        }
        return items;
    }

    private List<Pages.Item> articles() {
        List<Pages.Item> items = new ArrayList<>();
        for (QuerySolution r : select("""
                SELECT ?a (SAMPLE(?h) AS ?headline) (SAMPLE(?d) AS ?date) (SAMPLE(?pn) AS ?publisher) {
                  ?a a cg:Article .
                  OPTIONAL { ?a schema:headline ?h } OPTIONAL { ?a schema:datePublished ?d }
                  OPTIONAL { ?a schema:publisher/schema:name ?pn }
                } GROUP BY ?a ORDER BY DESC(?date) ?a LIMIT """ + LIST_LIMIT)) {
            String iri = r.getResource("a").getURI();
            String headline = r.contains("headline") ? r.getLiteral("headline").getLexicalForm() : iri;
            String note = (r.contains("publisher") ? r.getLiteral("publisher").getLexicalForm() : "")
                    + (r.contains("date") ? (r.contains("publisher") ? ", " : "") + r.getLiteral("date").getLexicalForm() : "");
            items.add(new Pages.Item(iri, headline, note));
        }
        return items;
    }
}
