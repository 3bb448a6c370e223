package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimgraph.link.EntityMerger;
import org.claimgraph.serve.DatasetOpener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two articles spell one person two ways (Zelenskyy, Zelensky) and one city two ways (Chernihiv,
 * Chernigiv); once EntityMerger has joined them, the saved queries report one actor and one place.
 * Each article reports talks between that person and Russia at that city; in the second, a third
 * person denies what the first said about the city. Content is invented.
 */
class MergedEntityQueriesTest {
    static final String TRIG = """
            PREFIX cg:     <https://claimgraph.org/ontology#>
            PREFIX schema: <https://schema.org/>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX oa:     <http://www.w3.org/ns/oa#>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            PREFIX id:     <https://claimgraph.org/id/>
            PREFIX et:     <https://claimgraph.org/ontology/event-type#>

            GRAPH <https://claimgraph.org/graph/article/x1> {
              id:article\\/x1 a cg:Article ; schema:identifier "x1" ; schema:headline "First report" ;
                schema:datePublished "2022-03-30"^^xsd:date ; schema:text "Volodymyr Zelenskyy said talks went well." .
              id:person\\/volodymyr-zelenskyy a cg:Person ; rdfs:label "Volodymyr Zelenskyy" ;
                cg:affiliation id:country\\/ukraine .
              id:country\\/ukraine a cg:Country ; rdfs:label "Ukraine" .
              id:statement\\/x1\\/1 a cg:Statement ; cg:reportedIn id:article\\/x1 ;
                cg:speaker id:person\\/volodymyr-zelenskyy ; cg:speakerText "Volodymyr Zelenskyy" ;
                cg:cueText "said" ; cg:cueLemma "say" ; cg:contentText "talks went well" ; cg:direct false ;
                cg:statementDate "2022-03-30"^^xsd:date ; cg:statementDateBasis "news-day" ;
                cg:about id:place\\/chernihiv , id:event\\/x1\\/1 .
              id:place\\/chernihiv a cg:Place ; rdfs:label "Chernihiv" ; cg:country id:country\\/ukraine .
              id:country\\/russia a cg:Country ; rdfs:label "Russia" .
              id:event\\/x1\\/1 a cg:Event ; cg:eventType et:Talks ; cg:reportedIn id:article\\/x1 ;
                cg:participant id:person\\/volodymyr-zelenskyy , id:country\\/russia ;
                cg:eventPlace id:place\\/chernihiv ; cg:triggerSpan id:event\\/x1\\/1\\/trigger\\/0 .
              id:event\\/x1\\/1\\/trigger\\/0 a cg:TextSpan ; oa:start 25 ; oa:end 30 ; oa:exact "talks" .
              id:mention\\/x1\\/1 a cg:Mention ; cg:mentionedIn id:article\\/x1 ;
                cg:mentionOf id:person\\/volodymyr-zelenskyy ; cg:mentionForm "name" ;
                oa:start 0 ; oa:end 19 ; oa:exact "Volodymyr Zelenskyy" .
            }
            GRAPH <https://claimgraph.org/graph/article/x2> {
              id:article\\/x2 a cg:Article ; schema:identifier "x2" ; schema:headline "Second report" ;
                schema:datePublished "2022-03-31"^^xsd:date ; schema:text "Volodymyr Zelensky warned of more shelling. The delegations met near Chernigiv." .
              id:person\\/volodymyr-zelensky a cg:Person ; rdfs:label "Volodymyr Zelensky" ;
                cg:affiliation id:country\\/ukraine .
              id:country\\/ukraine a cg:Country ; rdfs:label "Ukraine" .
              id:statement\\/x2\\/1 a cg:Statement ; cg:reportedIn id:article\\/x2 ;
                cg:speaker id:person\\/volodymyr-zelensky ; cg:speakerText "Volodymyr Zelensky" ;
                cg:cueText "warned" ; cg:cueLemma "warn" ; cg:contentText "of more shelling" ; cg:direct false ;
                cg:about id:place\\/chernigiv , id:event\\/x2\\/1 .
              id:place\\/chernigiv a cg:Place ; rdfs:label "Chernigiv" ; cg:country id:country\\/ukraine .
              id:country\\/russia a cg:Country ; rdfs:label "Russia" .
              id:event\\/x2\\/1 a cg:Event ; cg:eventType et:Talks ; cg:reportedIn id:article\\/x2 ;
                cg:participant id:person\\/volodymyr-zelensky , id:country\\/russia ;
                cg:eventPlace id:place\\/chernigiv ; cg:triggerSpan id:event\\/x2\\/1\\/trigger\\/0 .
              id:event\\/x2\\/1\\/trigger\\/0 a cg:TextSpan ; oa:start 60 ; oa:end 63 ; oa:exact "met" .
              id:person\\/ivan-example a cg:Person ; rdfs:label "Ivan Example" .
              id:statement\\/x2\\/2 a cg:Statement ; cg:reportedIn id:article\\/x2 ;
                cg:speaker id:person\\/ivan-example ; cg:speakerText "Ivan Example" ;
                cg:cueText "denied" ; cg:cueLemma "deny" ; cg:contentText "any shelling near Chernigiv" ; cg:direct false ;
                cg:about id:place\\/chernigiv .
              id:mention\\/x2\\/1 a cg:Mention ; cg:mentionedIn id:article\\/x2 ;
                cg:mentionOf id:person\\/volodymyr-zelensky ; cg:mentionForm "name" ;
                oa:start 0 ; oa:end 18 ; oa:exact "Volodymyr Zelensky" .
            }
            """;
    static QueryRunner runner;
    static QueryLibrary library;
    /** The city's label as EntityMerger chose its canonical node (either spelling may win). */
    static String city;

    @BeforeAll
    static void build() {
        Dataset ds = DatasetOpener.withUnionDefaultGraph(TDB2Factory.createDataset());
        Txn.executeWrite(ds, () -> RDFParser.fromString(TRIG, Lang.TRIG).parse(ds));
        EntityMerger.Summary s = EntityMerger.rebuild(ds);
        assertEquals(2, s.merged(), s.describe());
        runner = QueryRunner.local(ds);
        city = Txn.calculateRead(ds, () -> {
            try (var qe = org.apache.jena.query.QueryExecution.dataset(ds).query("""
                    SELECT ?label WHERE {
                      GRAPH <https://claimgraph.org/graph/entities> { <https://claimgraph.org/id/place/chernihiv> <http://www.w3.org/2002/07/owl#sameAs> ?c }
                      FILTER (STRSTARTS(STR(?c), "https://claimgraph.org/id/"))
                      ?c <http://www.w3.org/2000/01/rdf-schema#label> ?label }
                    """).build()) {
                var rs = qe.execSelect();
                return rs.hasNext() ? rs.next().getLiteral("label").getString() : "Chernihiv";
            }
        });
        assertTrue(Set.of("Chernihiv", "Chernigiv").contains(city), city);
        library = QueryLibrary.builtIn();
    }

    static ResultTable run(String name, Map<String, String> params) {
        return runner.select(library.get(name), params);
    }

    @Test
    void whoSaidWhatNamesTheMergedSpeakerOnce() {
        ResultTable t = run("who-said-what", Map.of());
        assertEquals(List.of("Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "Ivan Example"), t.column("speaker"));
        assertEquals(2, run("who-said-what", Map.of("speakerName", "Volodymyr Zelenskyy")).size());
    }

    @Test
    void eitherSpellingFindsTheWholeTimeline() {
        for (String name : List.of("Volodymyr Zelenskyy", "Volodymyr Zelensky")) {
            ResultTable t = run("actor-timeline", Map.of("actorName", name));
            assertEquals(List.of("talks went well", "of more shelling"), t.column("content"), name);
            assertEquals(List.of("statement (news-day)", "article"), t.column("dateSource"), name);
        }
    }

    @Test
    void groupingQueriesCountOneSpeaker() {
        ResultTable t = run("statements-by-country", Map.of());
        assertEquals(1, t.size(), t.column("country").toString());
        assertEquals("Ukraine", t.get(0, "country"));
        assertEquals("2", t.get(0, "statements"));
        assertEquals("1", t.get(0, "speakerCount"));
        assertEquals("Volodymyr Zelenskyy", t.get(0, "speakers"));
    }

    @Test
    void mentionsOfBothSpellingsAreOneActor() {
        ResultTable t = run("actor-mentions", Map.of());
        assertEquals(Set.of("Volodymyr Zelenskyy"), new TreeSet<>(t.column("actor")));
        assertEquals(List.of("Volodymyr Zelenskyy", "Volodymyr Zelensky"), t.column("surface"));
        ResultTable bySpelling = run("actor-mentions", Map.of("actorName", "Volodymyr Zelensky"));
        assertEquals(2, bySpelling.size(), bySpelling.column("surface").toString());
        assertTrue(bySpelling.column("headline").containsAll(List.of("First report", "Second report")));
    }

    static final String ZELENSKYY = "https://claimgraph.org/id/person/volodymyr-zelenskyy";
    static final String ZELENSKY = "https://claimgraph.org/id/person/volodymyr-zelensky";

    static Set<String> split(String list) {
        return new TreeSet<>(List.of(list.split(", ")));
    }

    @Test
    void eitherSpellingOfAPlaceFindsStatementsAboutBoth() {
        for (String name : List.of("Chernihiv", "Chernigiv")) {
            ResultTable t = run("statements-about-place", Map.of("placeName", name));
            assertEquals(List.of("talks went well", "of more shelling", "any shelling near Chernigiv"), t.column("content"), name);
            assertEquals(List.of(city, city, city), t.column("places"), name);
            assertEquals(List.of("Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "Ivan Example"), t.column("speaker"), name);
        }
        ResultTable country = run("statements-about-place", Map.of("placeName", "Ukraine"));
        assertEquals(List.of(city, city, city), country.column("places"));
    }

    @Test
    void eventsNameMergedParticipantsPlacesAndCommentersOnce() {
        ResultTable t = run("events", Map.of());
        assertEquals(2, t.size(), t.column("trigger").toString());
        for (int i = 0; i < t.size(); i++) {
            assertEquals(Set.of("Russia", "Volodymyr Zelenskyy"), split(t.get(i, "participants")));
            assertEquals(city, t.get(i, "places"));
            assertEquals("Volodymyr Zelenskyy", t.get(i, "commentedBy"));
        }
        for (String name : List.of("Chernihiv", "Chernigiv")) {
            assertEquals(List.of("talks", "met"), run("events", Map.of("placeName", name)).column("trigger"), name);
        }
        assertEquals(0, run("events", Map.of("placeName", "Kyiv")).size());
    }

    @Test
    void actorLinksJoinSpellingsAndNeverLinkAnActorToItself() {
        ResultTable t = run("actor-links", Map.of("actorName", "Volodymyr Zelensky"));
        List<String> rows = new java.util.ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            rows.add(t.get(i, "actorA") + " | " + t.get(i, "link") + " | " + t.get(i, "actorB") + " | " + t.get(i, "trigger"));
        }
        assertEquals(List.of(
                "Russia | co-participants | Volodymyr Zelenskyy | talks",
                "Russia | co-participants | Volodymyr Zelenskyy | met",
                "Russia | participant / commenter | Volodymyr Zelenskyy | talks",
                "Russia | participant / commenter | Volodymyr Zelenskyy | met"), rows);
        assertEquals(rows.size(), run("actor-links", Map.of()).size(), "every link involves the merged actor");
    }

    @Test
    void disputesPairStatementsAboutEitherSpellingOfThePlace() {
        for (String name : List.of("Chernihiv", "Chernigiv")) {
            ResultTable t = run("disputes", Map.of("placeName", name));
            assertEquals(List.of("Ivan Example", "Ivan Example"), t.column("disputer"), name);
            assertEquals(List.of(city, city), t.column("about"), name);
            assertEquals(List.of("Volodymyr Zelenskyy", "Volodymyr Zelenskyy"), t.column("contradicted"), name);
            assertEquals(Set.of("talks went well", "of more shelling"), new TreeSet<>(t.column("otherContent")), name);
        }
    }

    @Test
    void eventNetworkHasOneNodePerMergedEntity() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        runner.write(library.get("event-network"), Map.of(), OutputFormat.TABLE, out);
        org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        RDFParser.fromString(out.toString(java.nio.charset.StandardCharsets.UTF_8), Lang.TURTLE).parse(m);
        var participant = m.createProperty("https://claimgraph.org/ontology#participant");
        var commentedBy = m.createProperty("https://claimgraph.org/ontology#commentedBy");
        var eventPlace = m.createProperty("https://claimgraph.org/ontology#eventPlace");
        assertEquals(Set.of("https://claimgraph.org/id/country/russia", ZELENSKYY), uris(m, participant));
        assertEquals(Set.of(ZELENSKYY), uris(m, commentedBy));
        assertEquals(1, uris(m, eventPlace).size(), uris(m, eventPlace).toString());
        assertEquals(2, m.listSubjectsWithProperty(participant, m.createResource(ZELENSKYY)).toList().size(),
                "both events point at the one node");
        assertTrue(m.listStatements(m.createResource(ZELENSKY), null, (org.apache.jena.rdf.model.RDFNode) null).toList().isEmpty(),
                "the other spelling is no node of its own");
    }

    private static Set<String> uris(org.apache.jena.rdf.model.Model m, org.apache.jena.rdf.model.Property p) {
        Set<String> out = new TreeSet<>();
        m.listObjectsOfProperty(p).forEachRemaining(o -> out.add(o.asResource().getURI()));
        return out;
    }
}
