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
 * Two articles spell one person two ways (Zelenskyy, Zelensky); once EntityMerger has joined
 * them, the saved queries report one actor. Content is invented.
 */
class MergedEntityQueriesTest {
    static final String TRIG = """
            PREFIX cg:     <https://claimgraph.org/ontology#>
            PREFIX schema: <https://schema.org/>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX oa:     <http://www.w3.org/ns/oa#>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            PREFIX id:     <https://claimgraph.org/id/>

            GRAPH <https://claimgraph.org/graph/article/x1> {
              id:article\\/x1 a cg:Article ; schema:identifier "x1" ; schema:headline "First report" ;
                schema:datePublished "2022-03-30"^^xsd:date ; schema:text "Volodymyr Zelenskyy said talks went well." .
              id:person\\/volodymyr-zelenskyy a cg:Person ; rdfs:label "Volodymyr Zelenskyy" ;
                cg:affiliation id:country\\/ukraine .
              id:country\\/ukraine a cg:Country ; rdfs:label "Ukraine" .
              id:statement\\/x1\\/1 a cg:Statement ; cg:reportedIn id:article\\/x1 ;
                cg:speaker id:person\\/volodymyr-zelenskyy ; cg:speakerText "Volodymyr Zelenskyy" ;
                cg:cueText "said" ; cg:cueLemma "say" ; cg:contentText "talks went well" ; cg:direct false .
              id:mention\\/x1\\/1 a cg:Mention ; cg:mentionedIn id:article\\/x1 ;
                cg:mentionOf id:person\\/volodymyr-zelenskyy ; cg:mentionForm "name" ;
                oa:start 0 ; oa:end 19 ; oa:exact "Volodymyr Zelenskyy" .
            }
            GRAPH <https://claimgraph.org/graph/article/x2> {
              id:article\\/x2 a cg:Article ; schema:identifier "x2" ; schema:headline "Second report" ;
                schema:datePublished "2022-03-31"^^xsd:date ; schema:text "Volodymyr Zelensky warned of more shelling." .
              id:person\\/volodymyr-zelensky a cg:Person ; rdfs:label "Volodymyr Zelensky" ;
                cg:affiliation id:country\\/ukraine .
              id:country\\/ukraine a cg:Country ; rdfs:label "Ukraine" .
              id:statement\\/x2\\/1 a cg:Statement ; cg:reportedIn id:article\\/x2 ;
                cg:speaker id:person\\/volodymyr-zelensky ; cg:speakerText "Volodymyr Zelensky" ;
                cg:cueText "warned" ; cg:cueLemma "warn" ; cg:contentText "of more shelling" ; cg:direct false .
              id:mention\\/x2\\/1 a cg:Mention ; cg:mentionedIn id:article\\/x2 ;
                cg:mentionOf id:person\\/volodymyr-zelensky ; cg:mentionForm "name" ;
                oa:start 0 ; oa:end 18 ; oa:exact "Volodymyr Zelensky" .
            }
            """;
    static QueryRunner runner;
    static QueryLibrary library;

    @BeforeAll
    static void build() {
        Dataset ds = DatasetOpener.withUnionDefaultGraph(TDB2Factory.createDataset());
        Txn.executeWrite(ds, () -> RDFParser.fromString(TRIG, Lang.TRIG).parse(ds));
        EntityMerger.Summary s = EntityMerger.rebuild(ds);
        assertEquals(1, s.merged(), s.describe());
        runner = QueryRunner.local(ds);
        library = QueryLibrary.builtIn();
    }

    static ResultTable run(String name, Map<String, String> params) {
        return runner.select(library.get(name), params);
    }

    @Test
    void whoSaidWhatNamesTheMergedSpeakerOnce() {
        ResultTable t = run("who-said-what", Map.of());
        assertEquals(List.of("Volodymyr Zelenskyy", "Volodymyr Zelenskyy"), t.column("speaker"));
        assertEquals(2, run("who-said-what", Map.of("speakerName", "Volodymyr Zelenskyy")).size());
    }

    @Test
    void eitherSpellingFindsTheWholeTimeline() {
        for (String name : List.of("Volodymyr Zelenskyy", "Volodymyr Zelensky")) {
            ResultTable t = run("actor-timeline", Map.of("actorName", name));
            assertEquals(List.of("talks went well", "of more shelling"), t.column("content"), name);
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
}
