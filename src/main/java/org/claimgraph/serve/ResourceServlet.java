package org.claimgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.CG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dereferences minted IRIs: {@code GET /id/X} describes {@code https://claimgraph.org/id/X}, as an
 * HTML page for browsers or as Turtle, JSON-LD, N-Triples or RDF/XML by content negotiation (or
 * {@code ?format=}). An IRI the store knows nothing about gets a 404 page; errors never show a
 * stack trace.
 */
final class ResourceServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(ResourceServlet.class);

    private final transient Dataset dataset;
    private final transient Pages pages;

    ResourceServlet(Dataset dataset, Pages pages) {
        this.dataset = dataset;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String root = req.getContextPath() + "/";
        // The raw (still percent-encoded) path is the IRI's path: minted IRIs are written that way.
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String rest = path.startsWith("/id/") ? path.substring("/id/".length()) : "";
        if (rest.isEmpty()) {
            resp.sendRedirect(root + "browse");
            return;
        }
        resp.setHeader("Vary", "Accept");
        Optional<RdfFormat> format = RdfFormat.negotiate(req.getHeader("Accept"), req.getParameter("format"));
        if (format.isEmpty()) {
            sendText(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "No acceptable representation: this resource is "
                    + "available as text/html, text/turtle, application/ld+json, application/n-triples and "
                    + "application/rdf+xml (or ?format=html|turtle|jsonld|nt|rdfxml).\n");
            return;
        }
        String iri = CG.ID + rest;
        Node node;
        try {
            node = NodeFactory.createURI(iri);
        } catch (RuntimeException e) {
            sendPage(resp, HttpServletResponse.SC_BAD_REQUEST, format.get(),
                    pages.error(root, "Bad request", "Not an IRI: " + iri), "not an IRI: " + iri);
            return;
        }
        ResourceDescription d;
        try {
            d = Txn.calculateRead(dataset, () -> ResourceDescription.describe(dataset.asDatasetGraph(), node));
        } catch (RuntimeException e) {
            LOG.warn("describing {} failed", iri, e);
            sendPage(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, format.get(),
                    pages.error(root, "Server error", "Could not read the store: " + e.getMessage()),
                    "could not read the store");
            return;
        }
        if (d.isEmpty()) {
            sendPage(resp, HttpServletResponse.SC_NOT_FOUND, format.get(), pages.notFound(root, iri),
                    "no triples about <" + iri + ">");
            return;
        }
        if (format.get() == RdfFormat.HTML) {
            sendHtml(resp, HttpServletResponse.SC_OK, pages.resourcePage(root, d));
            return;
        }
        Graph g = d.toGraph();
        g.getPrefixMapping().setNsPrefixes(Pages.PREFIXES);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(format.get().mediaType() + "; charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            RDFWriter.source(g).format(format.get().jenaFormat()).output(out);
        }
    }

    private static void sendPage(HttpServletResponse resp, int status, RdfFormat format, String html, String text)
            throws IOException {
        if (format == RdfFormat.HTML) {
            sendHtml(resp, status, html);
        } else {
            sendText(resp, status, text + "\n");
        }
    }

    static void sendHtml(HttpServletResponse resp, int status, String html) throws IOException {
        send(resp, status, "text/html; charset=utf-8", html);
    }

    static void sendText(HttpServletResponse resp, int status, String text) throws IOException {
        send(resp, status, "text/plain; charset=utf-8", text);
    }

    private static void send(HttpServletResponse resp, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType(type);
        resp.setContentLength(bytes.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }
}
