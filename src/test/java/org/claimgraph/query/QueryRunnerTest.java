package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QueryRunnerTest {
    private static final String KYIV_CLAIM = "the troops near Kyiv are regrouping, not leaving";
    private static final String SHELLING = "artillery hit Chernihiv and the outskirts of Kyiv overnight";
    private static final String POWER = "power was back in parts of Chernihiv";

    private static Dataset ds;
    private static QueryRunner runner;
    private static final QueryLibrary LIB = QueryLibrary.builtIn();

    @BeforeAll
    static void setUp() {
        ds = SampleData.create();
        runner = QueryRunner.local(ds);
    }

    @AfterAll
    static void tearDown() {
        ds.close();
    }

    private static ResultTable run(String query, Map<String, String> params) {
        return runner.select(LIB.get(query), params);
    }

    // ---- who-said-what

    @Test
    void whoSaidWhatListsEveryStatementInArticleOrder() {
        ResultTable t = run("who-said-what", Map.of());
        assertEquals(List.of("Antony Blinken", "Ukraine", "Antony Blinken", "a regional official"), t.column("speaker"));
        assertEquals(List.of("Person", "Country", "Person", ""), t.column("speakerType"));
        assertEquals(List.of("said", "reported", "told", "said"), t.column("cue"));
        assertEquals(List.of(KYIV_CLAIM, SHELLING, KYIV_CLAIM, POWER), t.column("content"));
        assertEquals(Set.of("Kyiv", "Chernihiv"), split(t.get(1, "places")));
        assertEquals(List.of("2022-03-29", "", "", ""), t.column("date"));
        assertEquals(List.of("Talks resume while shelling goes on", "Talks resume while shelling goes on",
                "Doubts over promised pullback", "Doubts over promised pullback"), t.column("headline"));
        assertEquals(List.of("Daily Example", "Daily Example", "Evening Sample", "Evening Sample"), t.column("publisher"));
        assertEquals(List.of("2022-03-30", "2022-03-30", "2022-03-31", "2022-03-31"), t.column("published"));
        assertEquals(List.of(id("statement/a1/1"), id("statement/a1/2"), id("statement/b1/1"), id("statement/b1/2")),
                t.column("statement"));
    }

    @Test
    void whoSaidWhatFiltersBySpeaker() {
        ResultTable t = run("who-said-what", Map.of("speakerName", "Antony Blinken"));
        assertEquals(List.of(id("statement/a1/1"), id("statement/b1/1")), t.column("statement"));
        assertEquals(List.of("said", "told"), t.column("cue"));
        assertEquals(0, run("who-said-what", Map.of("speakerName", "a regional official")).size(),
                "source text is not an actor label");
        assertEquals(0, run("who-said-what", Map.of("speakerName", "Nobody")).size());
    }

    // ---- statements-about-place

    @Test
    void statementsAboutPlace() {
        ResultTable kyiv = run("statements-about-place", Map.of("placeName", "Kyiv"));
        assertEquals(List.of(id("statement/a1/1"), id("statement/a1/2"), id("statement/b1/1")), kyiv.column("statement"));
        assertEquals(List.of("Antony Blinken", "Ukraine", "Antony Blinken"), kyiv.column("speaker"));
        assertEquals(List.of("Kyiv", "Kyiv", "Kyiv"), kyiv.column("places"));
        assertEquals(List.of("2022-03-29", "", ""), kyiv.column("date"));
        assertEquals(List.of("Daily Example", "Daily Example", "Evening Sample"), kyiv.column("publisher"));

        ResultTable chernihiv = run("statements-about-place", Map.of("placeName", "Chernihiv"));
        assertEquals(List.of(SHELLING, POWER), chernihiv.column("content"));
        assertEquals(List.of("Ukraine", "a regional official"), chernihiv.column("speaker"));
    }

    @Test
    void statementsAboutCountryIncludePlacesInIt() {
        ResultTable t = run("statements-about-place", Map.of("placeName", "Ukraine"));
        assertEquals(4, t.size());
        assertEquals(Set.of("Kyiv", "Chernihiv"), split(t.get(1, "places")));
        assertEquals("Chernihiv", t.get(3, "places"));
    }

    @Test
    void statementsAboutPlaceRequiresThePlace() {
        var e = assertThrows(QueryParamException.class, () -> run("statements-about-place", Map.of()));
        assertTrue(e.getMessage().startsWith("query statements-about-place needs param placeName (string, required)"),
                e.getMessage());
    }

    // ---- actor-timeline

    @Test
    void actorTimelineOrdersByStatementThenArticleDate() {
        ResultTable t = run("actor-timeline", Map.of("actorName", "Antony Blinken"));
        assertEquals(List.of("2022-03-29", "2022-03-31"), t.column("date"));
        assertEquals(List.of("statement (explicit)", "article"), t.column("dateSource"), "the statement date's basis, else the publication date");
        assertEquals(List.of("said", "told"), t.column("cue"));
        assertEquals(List.of("Talks resume while shelling goes on", "Doubts over promised pullback"), t.column("headline"));
        assertEquals(List.of(SHELLING), run("actor-timeline", Map.of("actorName", "Ukraine")).column("content"));
        assertThrows(QueryParamException.class, () -> run("actor-timeline", Map.of()));
    }

    // ---- actors-same-place

    @Test
    void actorsSamePlace() {
        ResultTable t = run("actors-same-place", Map.of());
        assertEquals(1, t.size());
        assertEquals("Kyiv", t.get(0, "place"));
        Map<String, String> counts = Map.of(t.get(0, "actorA"), t.get(0, "statementsA"),
                t.get(0, "actorB"), t.get(0, "statementsB"));
        assertEquals(Map.of("Antony Blinken", "2", "Ukraine", "1"), counts);

        assertEquals(List.of("Kyiv"), run("actors-same-place", Map.of("placeName", "Kyiv")).column("place"));
        assertEquals(0, run("actors-same-place", Map.of("placeName", "Chernihiv")).size(),
                "only one resolved actor spoke about Chernihiv");
    }

    // ---- statements-by-country

    @Test
    void statementsByCountry() {
        ResultTable t = run("statements-by-country", Map.of());
        assertEquals(List.of("United States", "Ukraine"), t.column("country"));
        assertEquals(List.of("2", "1"), t.column("statements"));
        assertEquals(List.of("1", "1"), t.column("speakerCount"));
        assertEquals(List.of("Antony Blinken", "Ukraine"), t.column("speakers"));
    }

    // ---- claim-articles

    @Test
    void claimArticlesCountsArticlesAndPublishers() {
        ResultTable t = run("claim-articles", Map.of());
        assertEquals(List.of("troops near kyiv are regrouping not leaving",
                "artillery hit chernihiv and the outskirts of kyiv overnight",
                "power was back in parts of chernihiv"), t.column("claimText"));
        assertEquals(List.of("Antony Blinken", "Ukraine", "a regional official"), t.column("speaker"));
        assertEquals(List.of("2", "1", "1"), t.column("articles"));
        assertEquals(List.of("2", "1", "1"), t.column("publishers"));
        assertEquals(Set.of("Talks resume while shelling goes on — Daily Example",
                "Doubts over promised pullback — Evening Sample"), Set.of(t.get(0, "reports").split(" \\| ")));
    }

    @Test
    void claimArticlesMinArticles() {
        assertEquals(List.of(id("claim/c1")), run("claim-articles", Map.of("minArticles", "2")).column("claim"));
        assertEquals(3, run("claim-articles", Map.of("minArticles", "1")).size());
        assertEquals(0, run("claim-articles", Map.of("minArticles", "3")).size());
        var e = assertThrows(QueryParamException.class, () -> run("claim-articles", Map.of("minArticles", "abc")));
        assertEquals("param minArticles: 'abc' is not an integer", e.getMessage());
    }

    // ---- places (extra)

    @Test
    void placesWithCounts() {
        ResultTable t = run("places", Map.of());
        assertEquals(List.of("Kyiv", "Chernihiv"), t.column("place"));
        assertEquals(List.of("3", "2"), t.column("statements"));
        assertEquals(List.of("2", "1"), t.column("speakers"));
        assertEquals(List.of("50.45", ""), t.column("latitude"));
        assertEquals(List.of("Ukraine", "Ukraine"), t.column("country"));
    }

    // ---- parameters are RDF terms, not text

    @Test
    void sparqlSyntaxInAValueIsJustALiteral() {
        long before = quadCount();
        String evil = "Kyiv\" } ; DROP ALL ; #";
        assertEquals(0, run("statements-about-place", Map.of("placeName", evil)).size());
        assertEquals(0, run("who-said-what", Map.of("speakerName", "x\") || true || (\"")).size());
        assertEquals(0, run("actors-same-place", Map.of("placeName", "Kyiv> . ?a ?b ?c . <x")).size());
        assertEquals(before, quadCount());
        assertTrue(before > 50);
    }

    @Test
    void unknownParamListsDeclaredOnes() {
        var e = assertThrows(QueryParamException.class, () -> run("who-said-what", Map.of("speaker", "x")));
        assertEquals("query who-said-what has no param 'speaker'; declared: speakerName (string, optional)",
                e.getMessage());
    }

    @Test
    void valuesBecomeTypedTerms() {
        assertEquals(XSDDatatype.XSDinteger, node(ParamType.INTEGER, " 42 ").getLiteralDatatype());
        assertEquals("42", node(ParamType.INTEGER, "042").getLiteralLexicalForm());
        assertEquals(XSDDatatype.XSDdate, node(ParamType.DATE, "2022-03-29").getLiteralDatatype());
        assertEquals(XSDDatatype.XSDdecimal, node(ParamType.DECIMAL, "0.5").getLiteralDatatype());
        assertEquals(XSDDatatype.XSDstring, node(ParamType.STRING, "Kyiv").getLiteralDatatype());
        assertEquals("", node(ParamType.STRING, "Kyiv").getLiteralLanguage());
        assertEquals("https://claimgraph.org/id/place/kyiv",
                node(ParamType.IRI, "https://claimgraph.org/id/place/kyiv").getURI());
        assertEquals("param p: 'March 29' is not a date (YYYY-MM-DD)",
                assertThrows(QueryParamException.class, () -> node(ParamType.DATE, "March 29")).getMessage());
        assertEquals("param p: '1,5' is not a decimal number",
                assertThrows(QueryParamException.class, () -> node(ParamType.DECIMAL, "1,5")).getMessage());
        assertEquals("param p: 'kyiv' is not an absolute IRI",
                assertThrows(QueryParamException.class, () -> node(ParamType.IRI, "kyiv")).getMessage());
        assertThrows(QueryParamException.class, () -> node(ParamType.IRI, "http://x/a b"));
        assertThrows(QueryParamException.class, () -> node(ParamType.INTEGER, "1.5"));
    }

    @Test
    void declaredParamMissingFromQueryIsAnError() {
        SavedQuery q = SavedQuery.parse("q", "q.rq",
                "# title: T\n# description: D\n# param: ghost (string) optional. x\nSELECT * { ?s ?p ?o }\n");
        var e = assertThrows(SavedQueryFormatException.class, () -> runner.select(q, Map.of()));
        assertEquals("query q declares param 'ghost' but never uses ?ghost", e.getMessage());
    }

    // ---- output formats

    @Test
    void writesAllFormats() {
        SavedQuery q = LIB.get("statements-by-country");
        String csv = write(q, OutputFormat.CSV);
        assertTrue(csv.startsWith("country,statements,speakerCount,speakers\r\nUnited States,2,1,Antony Blinken\r\n"), csv);
        String tsv = write(q, OutputFormat.TSV);
        assertTrue(tsv.startsWith("?country\t?statements\t?speakerCount\t?speakers\n\"United States\"\t2\t1\t"), tsv);
        String json = write(q, OutputFormat.JSON);
        assertTrue(json.contains("\"vars\": [ \"country\" , \"statements\" , \"speakerCount\" , \"speakers\" ]"), json);
        assertTrue(json.contains("\"value\": \"United States\""), json);
        String table = write(q, OutputFormat.TABLE);
        assertTrue(table.contains("| country         | statements | speakerCount | speakers         |"), table);
        assertTrue(table.contains("| \"United States\" | 2          | 1            | \"Antony Blinken\" |"), table);
    }

    @Test
    void writesAskAndConstruct() {
        SavedQuery ask = SavedQuery.parse("ask", "ask.rq", "# title: A\n# description: D\n# param: who (string) required.\n"
                + "ASK { ?a <http://www.w3.org/2000/01/rdf-schema#label> ?who }\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.write(ask, Map.of("who", "Kyiv"), OutputFormat.TABLE, out);
        assertEquals("true\n", out.toString(StandardCharsets.UTF_8));
        out.reset();
        runner.write(ask, Map.of("who", "Atlantis"), OutputFormat.CSV, out);
        assertEquals("false\n", out.toString(StandardCharsets.UTF_8));

        SavedQuery construct = SavedQuery.parse("c", "c.rq", "# title: C\n# description: D\n"
                + "PREFIX cg: <https://claimgraph.org/ontology#>\n"
                + "CONSTRUCT { ?s cg:about ?p } WHERE { ?s cg:about ?p ; cg:speaker ?x }\n");
        out.reset();
        runner.write(construct, Map.of(), OutputFormat.TABLE, out);
        String ttl = out.toString(StandardCharsets.UTF_8);
        assertTrue(ttl.contains("cg:about"), ttl);
        assertTrue(ttl.contains("<https://claimgraph.org/id/statement/a1/2>"), ttl);
    }

    // ---- union default graph

    @Test
    void withoutUnionDefaultGraphTheQueriesSeeNothing() {
        Dataset plain = TDB2Factory.createDataset();
        Txn.executeWrite(plain, () -> RDFParser
                .fromString(SampleData.TRIG, Lang.TRIG).parse(plain));
        assertEquals(0, QueryRunner.local(plain).select(LIB.get("who-said-what"), Map.of()).size(),
                "data lives only in named graphs");
        plain.close();
    }

    private static String write(SavedQuery q, OutputFormat f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.write(q, Map.of(), f, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Node node(ParamType type, String value) {
        return QueryRunner.toNode(new QueryParam("p", type, false, ""), value);
    }

    private static String id(String local) {
        return "https://claimgraph.org/id/" + local;
    }

    private static Set<String> split(String s) {
        return new TreeSet<>(Arrays.asList(s.split(", ")));
    }

    private static long quadCount() {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds)
                    .query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
