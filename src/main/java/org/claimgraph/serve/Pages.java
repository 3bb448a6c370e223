package org.claimgraph.serve;

import static org.claimgraph.serve.Html.esc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.query.QueryParam;
import org.claimgraph.query.SavedQuery;
import org.claimgraph.rdf.CG;

/**
 * Renders the HTML pages of the browser: one page per minted IRI, the 404 page and the landing
 * page. Every value from the store is escaped; minted IRIs link to their local {@code /id/} page,
 * other web IRIs (Wikidata, article URLs) are external links, vocabulary terms show as prefixed
 * names.
 */
final class Pages {
    /** Prefixes for display (and for the Turtle output). */
    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("cg", CG.NS)
            .setNsPrefix("schema", CG.SCHEMA)
            .setNsPrefix("prov", CG.PROV)
            .setNsPrefix("oa", CG.OA)
            .setNsPrefix("sem", CG.SEM)
            .setNsPrefix("skos", CG.SKOS)
            .setNsPrefix("wd", CG.WD)
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .lock();

    private static final List<String> VOCABULARIES = List.of(CG.NS, CG.SCHEMA, CG.PROV, CG.OA, CG.SEM, CG.SKOS,
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
            "http://www.w3.org/2002/07/owl#", "http://www.w3.org/2001/XMLSchema#");

    private final String template = Html.resource("page.html");
    private final String datasetName;

    Pages(String datasetName) {
        this.datasetName = datasetName;
    }

    /** The local page of a minted IRI: {@code https://claimgraph.org/id/X} → {@code ROOT id/X}. */
    static String localPath(String root, String iri) {
        return root + "id/" + iri.substring(CG.ID.length());
    }

    static boolean isMinted(Node n) {
        return n.isURI() && n.getURI().startsWith(CG.ID) && n.getURI().length() > CG.ID.length();
    }

    String page(String root, String title, String body, String scripts) {
        return Html.fill(template, Map.of("title", esc(title), "root", esc(root), "body", body, "scripts", scripts));
    }

    String resourcePage(String root, ResourceDescription d) {
        String iri = d.iri().getURI();
        String title = statementTitle(d).or(d::label).orElse(iri.substring(CG.ID.length()));
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(title)).append("</h1>\n");
        b.append("<p class=\"iri\"><code>").append(esc(iri)).append("</code></p>\n");
        List<Node> types = d.values(RDF.type.asNode());
        if (!types.isEmpty()) {
            b.append("<p class=\"types\">");
            for (Node t : types) {
                b.append("<span class=\"type\">").append(term(root, t, d.labels())).append("</span> ");
            }
            b.append("</p>\n");
        }
        List<Node> same = d.sameAs();
        if (!same.isEmpty()) {
            b.append("<p class=\"sameas\">Same as: ");
            for (Node s : same) {
                b.append(term(root, s, d.labels())).append(' ');
            }
            b.append("</p>\n");
        }
        d.excerpt().ifPresent(e -> b.append(excerpt(e)));
        b.append("<h2>Outgoing <small>(").append(d.out().size()).append(d.outTruncated() ? "+" : "")
                .append(")</small></h2>\n<table class=\"triples out\"><thead><tr><th>property</th><th>value</th></tr>"
                        + "</thead><tbody>\n");
        for (Triple t : d.out()) {
            b.append("<tr><td>").append(term(root, t.getPredicate(), d.labels())).append("</td><td>")
                    .append(term(root, t.getObject(), d.labels())).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
        if (d.outTruncated()) {
            b.append("<p class=\"note\">Only the first ").append(ResourceDescription.MAX_TRIPLES)
                    .append(" triples are shown; query the SPARQL endpoint for all.</p>\n");
        }
        b.append("<h2>Incoming <small>(").append(d.in().size()).append(d.inTruncated() ? "+" : "")
                .append(")</small></h2>\n<table class=\"triples in\"><thead><tr><th>subject</th><th>property</th></tr>"
                        + "</thead><tbody>\n");
        for (Triple t : d.in()) {
            b.append("<tr><td>").append(term(root, t.getSubject(), d.labels())).append("</td><td>")
                    .append(term(root, t.getPredicate(), d.labels())).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
        if (d.inTruncated()) {
            b.append("<p class=\"note\">Only the first ").append(ResourceDescription.MAX_TRIPLES)
                    .append(" triples are shown; query the SPARQL endpoint for all.</p>\n");
        }
        b.append("<p class=\"formats\">This page as data: <a href=\"?format=turtle\">Turtle</a> · "
                + "<a href=\"?format=jsonld\">JSON-LD</a> · <a href=\"?format=nt\">N-Triples</a></p>\n");
        return page(root, title, b.toString(), "");
    }

    /** "Antony Blinken said: “…”" for a statement, from its speaker, cue and content. */
    private static java.util.Optional<String> statementTitle(ResourceDescription d) {
        List<Node> content = d.values(CG.contentText);
        List<Node> cue = d.values(CG.cueText);
        if (content.isEmpty() || cue.isEmpty()) {
            return java.util.Optional.empty();
        }
        String speaker = d.values(CG.speaker).stream().map(d.labels()::get).filter(java.util.Objects::nonNull)
                .findFirst().orElseGet(() -> d.values(CG.speakerText).stream().map(Node::getLiteralLexicalForm)
                        .findFirst().orElse("(unknown source)"));
        String text = content.get(0).getLiteralLexicalForm();
        if (text.length() > 90) {
            text = text.substring(0, 89) + "…";
        }
        return java.util.Optional.of(speaker + " " + cue.get(0).getLiteralLexicalForm() + ": “" + text + "”");
    }

    private static String excerpt(Excerpt e) {
        StringBuilder b = new StringBuilder("<section class=\"excerpt\"><h2>Source sentence</h2>\n<blockquote>");
        for (Excerpt.Segment s : e.segments()) {
            if (s.roles().isEmpty()) {
                b.append(esc(s.text()));
            } else {
                b.append("<mark class=\"").append(esc(String.join(" ", s.roles()))).append("\" title=\"")
                        .append(esc(String.join(", ", s.roles()))).append("\">").append(esc(s.text())).append("</mark>");
            }
        }
        b.append("</blockquote>\n<p class=\"legend\"><mark class=\"speaker\">speaker</mark> "
                + "<mark class=\"cue\">cue</mark> <mark class=\"content\">content</mark> "
                + "<mark class=\"trigger\">event trigger</mark></p></section>\n");
        return b.toString();
    }

    /** One RDF term as HTML. */
    static String term(String root, Node n, Map<Node, String> labels) {
        if (n.isLiteral()) {
            String lex = n.getLiteralLexicalForm();
            StringBuilder b = new StringBuilder();
            b.append(lex.length() > 300 ? "<div class=\"longtext\">" : "<span class=\"literal\">")
                    .append(esc(lex)).append(lex.length() > 300 ? "</div>" : "</span>");
            if (!n.getLiteralLanguage().isEmpty()) {
                b.append(" <small class=\"dt\">@").append(esc(n.getLiteralLanguage())).append("</small>");
            } else if (n.getLiteralDatatypeURI() != null
                    && !n.getLiteralDatatypeURI().equals("http://www.w3.org/2001/XMLSchema#string")) {
                b.append(" <small class=\"dt\">").append(esc(PREFIXES.shortForm(n.getLiteralDatatypeURI())))
                        .append("</small>");
            }
            return b.toString();
        }
        if (n.isBlank()) {
            return "<span class=\"bnode\">_:" + esc(n.getBlankNodeLabel()) + "</span>";
        }
        String iri = n.getURI();
        String label = labels.get(n);
        if (label != null && label.length() > 120) {
            label = label.substring(0, 119) + "…";
        }
        if (isMinted(n)) {
            String shown = label != null ? label : iri.substring(CG.ID.length());
            return "<a class=\"local\" href=\"" + esc(localPath(root, iri)) + "\" title=\"" + esc(iri) + "\">"
                    + esc(shown) + "</a>";
        }
        boolean vocabulary = VOCABULARIES.stream().anyMatch(iri::startsWith);
        String shortForm = PREFIXES.shortForm(iri);
        if (vocabulary) {
            return "<span class=\"term\" title=\"" + esc(iri) + "\">" + esc(shortForm) + "</span>";
        }
        if (iri.startsWith("http://") || iri.startsWith("https://")) {
            return "<a class=\"external\" href=\"" + esc(iri) + "\" rel=\"noopener noreferrer\">" + esc(shortForm)
                    + "</a>" + (label != null ? " <small>" + esc(label) + "</small>" : "");
        }
        return "<span class=\"iri\">" + esc(iri) + "</span>";
    }

    String notFound(String root, String iri) {
        String body = "<h1>Not found</h1>\n<p>The dataset <code>/" + esc(datasetName)
                + "</code> has no triples about <code>" + esc(iri) + "</code>.</p>\n"
                + "<p>Start from the <a href=\"" + esc(root) + "browse\">browse page</a>.</p>\n";
        return page(root, "Not found", body, "");
    }

    String error(String root, String title, String message) {
        return page(root, title, "<h1>" + esc(title) + "</h1>\n<p>" + esc(message) + "</p>\n", "");
    }

    /** A link that opens a saved query, ready to run, in the Fuseki UI's query editor. */
    String queryEditorLink(String root, SavedQuery q) {
        String encoded = URLEncoder.encode(q.sparql(), StandardCharsets.UTF_8).replace("+", "%20");
        return root + "#/dataset/" + datasetName + "/query?query=" + encoded;
    }

    /** A row of the landing page's lists. */
    record Item(String iri, String label, String note) {}

    /** The counts shown on the landing page. */
    record Summary(long articles, long statements, long actors) {}

    String landing(String root, Summary summary, List<SavedQuery> queries, List<Item> actors, List<Item> articles,
                   List<String> notes) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>Who said what, about where, reported where</h1>\n");
        b.append("<p class=\"summary\">Dataset <code>/").append(esc(datasetName)).append("</code>");
        if (summary.articles() >= 0) {
            b.append(": ").append(summary.articles()).append(" articles, ").append(summary.statements())
                    .append(" statements, ").append(summary.actors()).append(" named actors");
        }
        b.append(". SPARQL endpoint <code>").append(esc(root)).append(esc(datasetName)).append("/sparql</code>.</p>\n");
        for (String note : notes) {
            b.append("<p class=\"note\">").append(esc(note)).append(".</p>\n");
        }
        b.append("<section id=\"queries\"><h2>Saved queries</h2>\n<p>Each link opens the query in the Fuseki UI's "
                + "editor, ready to run.</p>\n<ul class=\"queries\">\n");
        for (SavedQuery q : queries) {
            b.append("<li><a class=\"open-query\" data-query=\"").append(esc(q.name())).append("\" href=\"")
                    .append(esc(queryEditorLink(root, q))).append("\">").append(esc(q.title())).append("</a> <code>")
                    .append(esc(q.name())).append("</code><br><span class=\"desc\">").append(esc(q.description()))
                    .append("</span>");
            if (!q.params().isEmpty()) {
                b.append("<br><span class=\"params\">Parameters: ");
                for (QueryParam p : q.params()) {
                    b.append("<code>?").append(esc(p.name())).append("</code> ");
                }
                b.append("(bind them by editing the query, or use <code>claimgraph query ").append(esc(q.name()))
                        .append(" --param NAME=VALUE</code>)</span>");
            }
            b.append("</li>\n");
        }
        b.append("</ul></section>\n");
        b.append("<section id=\"network-section\"><h2>Actors, events and places</h2>\n"
                + "<p>Who spoke about which place, who took part in which event, and where events happened. "
                + "Drag to move, scroll to zoom, double-click a node to open its page.</p>\n"
                + "<div id=\"network\" data-sparql=\"").append(esc(root)).append(esc(datasetName))
                .append("/sparql\" data-root=\"").append(esc(root)).append("\"></div>\n"
                + "<p id=\"network-status\">Loading the network…</p></section>\n");
        b.append("<div class=\"columns\">");
        b.append(list(root, "actors", "Actors", actors));
        b.append(list(root, "articles", "Articles", articles));
        b.append("</div>\n");
        String scripts = "<script src=\"" + esc(root) + "browse/assets/vis-network.min.js\"></script>\n"
                + "<script src=\"" + esc(root) + "browse/assets/network.js\"></script>\n";
        return page(root, "Browse", b.toString(), scripts);
    }

    private static String list(String root, String id, String title, List<Item> items) {
        StringBuilder b = new StringBuilder("<section id=\"" + id + "\"><h2>" + title + " <small>(" + items.size()
                + ")</small></h2><ul>\n");
        for (Item i : items) {
            b.append("<li><a class=\"local\" href=\"").append(esc(localPath(root, i.iri()))).append("\">")
                    .append(esc(i.label())).append("</a>");
            if (!i.note().isEmpty()) {
                b.append(" <small>").append(esc(i.note())).append("</small>");
            }
            b.append("</li>\n");
        }
        return b.append("</ul></section>\n").toString();
    }
}
