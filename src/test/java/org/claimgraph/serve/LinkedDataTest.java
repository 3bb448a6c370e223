package org.claimgraph.serve;

import static org.claimgraph.serve.HttpTestClient.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.SampleStore;
import org.claimgraph.query.QueryLibrary;
import org.claimgraph.query.SavedQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Minted IRIs dereference on the running server: HTML pages, Turtle / JSON-LD, 404s; and the landing page. */
class LinkedDataTest {
    private static final String BLINKEN = "https://claimgraph.org/id/person/antony-blinken";
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = FusekiLauncher.start(SampleStore.sample(), new ServeOptions("127.0.0.1", 0, "claims"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** A statement by Antony Blinken whose source span names him in full, with its cue and content. */
    static QuerySolution blinkenStatement(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query("""
                    PREFIX cg: <https://claimgraph.org/ontology#>
                    SELECT ?s ?speakerText ?cue ?content ?article {
                      ?s cg:speaker <https://claimgraph.org/id/person/antony-blinken> ; cg:speakerText ?speakerText ;
                         cg:cueText ?cue ; cg:contentText ?content ; cg:reportedIn ?article .
                      FILTER (CONTAINS(?speakerText, "Antony Blinken"))
                    } ORDER BY ?s LIMIT 1""").build()) {
                return qe.execSelect().next();
            }
        });
    }

    @Test
    void personPageInHtmlHasLabelTypeAndLinksBothWays() {
        HttpResponse<String> r = get(server.pageUrl(BLINKEN), "Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = r.body();
        assertTrue(html.contains("<h1>Antony Blinken</h1>"), html);
        assertTrue(html.contains(">cg:Person</span>"), html);
        // out: affiliation to a country page; in: statements that name him as speaker
        assertTrue(html.contains("href=\"/id/country/united-states\""), html);
        assertTrue(html.contains("href=\"/id/statement/washington-wary-2022-03-29/"), html);
        assertTrue(html.contains("<table class=\"triples in\">"), html);
    }

    @Test
    void countryPageLinksToWikidata() {
        String html = get(server.baseUrl() + "id/country/ukraine").body();
        Matcher sameAs = Pattern.compile("<p class=\"sameas\">Same as: <a class=\"external\" href=\"(http://www\\.wikidata\\.org/entity/Q\\d+)\"")
                .matcher(html);
        assertTrue(sameAs.find(), html);
        assertEquals("http://www.wikidata.org/entity/Q212", sameAs.group(1));
    }

    @Test
    void statementPageHighlightsSpeakerCueAndContentInTheSentence() {
        QuerySolution st = blinkenStatement(SampleStore.sample());
        String iri = st.getResource("s").getURI();
        String html = get(server.pageUrl(iri)).body();
        String speaker = st.getLiteral("speakerText").getLexicalForm();
        String cue = st.getLiteral("cue").getLexicalForm();
        assertTrue(html.contains("<mark class=\"speaker\" title=\"speaker\">" + speaker + "</mark>"), html);
        assertTrue(html.contains("<mark class=\"cue\" title=\"cue\">" + cue + "</mark>"), html);
        Matcher content = Pattern.compile("<mark class=\"content\" title=\"content\">([^<]*)</mark>").matcher(html);
        assertTrue(content.find(), html);
        assertTrue(content.group(1).contains(st.getLiteral("content").getLexicalForm().split(" … ")[0]
                .replace("'", "&#39;")), content.group(1));
        // the speaker is linked to his page; the article to its page
        assertTrue(html.contains("href=\"/id/person/antony-blinken\""), html);
        assertTrue(html.contains("href=\"" + server.pageUrl(st.getResource("article").getURI())
                .substring(server.baseUrl().length() - 1) + "\""), html);
        assertTrue(html.contains("<title>Antony Blinken " + cue + ": "), html);
    }

    @Test
    void everyMintedKindDereferences() {
        QuerySolution st = blinkenStatement(SampleStore.sample());
        String statement = st.getResource("s").getURI();
        List<String> iris = List.of(statement, st.getResource("article").getURI(), BLINKEN,
                "https://claimgraph.org/id/place/kyiv", "https://claimgraph.org/id/country/russia",
                statement + "/cue/0");
        for (String iri : iris) {
            HttpResponse<String> r = get(server.pageUrl(iri));
            assertEquals(200, r.statusCode(), iri);
            assertTrue(r.body().contains("<code>" + iri + "</code>"), iri);
        }
        // the claim, found through the statement page's link
        String html = get(server.pageUrl(statement)).body();
        Matcher claim = Pattern.compile("href=\"/(id/claim/[0-9a-f]+)\"").matcher(html);
        assertTrue(claim.find(), html);
        HttpResponse<String> claimPage = get(server.baseUrl() + claim.group(1));
        assertEquals(200, claimPage.statusCode());
        assertTrue(claimPage.body().contains("cg:Claim"), claimPage.body());
        // a span page shows just that span highlighted
        String span = get(server.pageUrl(statement + "/cue/0")).body();
        assertTrue(span.contains("<mark class=\"cue\" title=\"cue\">" + st.getLiteral("cue").getLexicalForm()), span);
        assertFalse(span.contains("<mark class=\"speaker\" title"), span);
    }

    @Test
    void turtleAndJsonLdByContentNegotiation() {
        HttpResponse<String> ttl = get(server.pageUrl(BLINKEN), "Accept", "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(ttl.headers().allValues("Vary").contains("Accept"));
        assertLabel(parse(ttl.body(), Lang.TURTLE));

        HttpResponse<String> jsonld = get(server.pageUrl(BLINKEN), "Accept", "application/ld+json");
        assertEquals(200, jsonld.statusCode());
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertLabel(parse(jsonld.body(), Lang.JSONLD));

        // the in-page links ask for a format explicitly
        HttpResponse<String> nt = get(server.pageUrl(BLINKEN) + "?format=nt", "Accept", "text/html");
        assertEquals(200, nt.statusCode());
        assertLabel(parse(nt.body(), Lang.NTRIPLES));

        assertEquals(406, get(server.pageUrl(BLINKEN), "Accept", "image/png").statusCode());
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    private static void assertLabel(Graph g) {
        assertTrue(g.contains(NodeFactory.createURI(BLINKEN), RDFS.label.asNode(),
                NodeFactory.createLiteralString("Antony Blinken")), g.toString());
        // the triples pointing at him come along too
        assertTrue(g.find(null, NodeFactory.createURI("https://claimgraph.org/ontology#speaker"),
                NodeFactory.createURI(BLINKEN)).hasNext());
    }

    @Test
    void unknownIriIsA404PageNotAStackTrace() {
        HttpResponse<String> r = get(server.baseUrl() + "id/person/nobody-by-this-name");
        assertEquals(404, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("<h1>Not found</h1>"), r.body());
        assertTrue(r.body().contains("https://claimgraph.org/id/person/nobody-by-this-name"), r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
        HttpResponse<String> rdf = get(server.baseUrl() + "id/person/nobody-by-this-name", "Accept", "text/turtle");
        assertEquals(404, rdf.statusCode());
        assertEquals("no triples about <https://claimgraph.org/id/person/nobody-by-this-name>", rdf.body().strip());
        // odd paths: still a clean 404, never a 500
        for (String path : List.of("id/%E2%9C%93", "id/a%20b", "browse/nothing", "id/person/x?format=bogus")) {
            HttpResponse<String> odd = get(server.baseUrl() + path);
            assertTrue(odd.statusCode() == 404 || odd.statusCode() == 400 || odd.statusCode() == 406,
                    path + " -> " + odd.statusCode());
            assertFalse(odd.body().contains("\tat "), odd.body());
        }
    }

    @Test
    void landingPageListsSavedQueriesWithEditorLinks() {
        HttpResponse<String> r = get(server.browseUrl());
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("10 articles"), html);
        for (SavedQuery q : QueryLibrary.builtIn().all()) {
            Matcher link = Pattern.compile("<a class=\"open-query\" data-query=\"" + Pattern.quote(q.name())
                    + "\" href=\"/#/dataset/claims/query\\?query=([^\"]+)\">").matcher(html);
            assertTrue(link.find(), q.name());
            assertEquals(q.sparql(), URLDecoder.decode(link.group(1), StandardCharsets.UTF_8), q.name());
        }
        assertTrue(html.contains("<div id=\"network\" data-sparql=\"/claims/sparql\""), html);
        assertTrue(html.contains("<script src=\"/browse/assets/vis-network.min.js\"></script>"), html);
        assertTrue(html.contains("href=\"/id/person/antony-blinken\">Antony Blinken</a>"), html);
        assertEquals(302, get(server.baseUrl() + "id/").statusCode());
    }

    @Test
    void networkAssetsComeFromTheJar() {
        HttpResponse<String> vis = get(server.baseUrl() + "browse/assets/vis-network.min.js");
        assertEquals(200, vis.statusCode());
        assertTrue(vis.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(vis.body().length() > 100_000 && vis.body().contains("vis-network"), "vis-network build");
        HttpResponse<String> js = get(server.baseUrl() + "browse/assets/network.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.body().contains("cg:participant"), js.body());
        assertEquals(200, get(server.baseUrl() + "browse/assets/vis-network-LICENSE-MIT.txt").statusCode());
        int traversal = get(server.baseUrl() + "browse/assets/../../../etc/passwd").statusCode();
        assertTrue(traversal == 400 || traversal == 404, "path traversal -> " + traversal);
        assertEquals(404, get(server.baseUrl() + "browse/assets/page.html").statusCode());
    }
}
