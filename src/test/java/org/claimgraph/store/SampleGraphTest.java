package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.claimgraph.SampleStore;
import org.claimgraph.validate.ShaclValidator;
import org.claimgraph.validate.ValidationResult;
import org.junit.jupiter.api.Test;

/** The sample corpus as a graph: shapes, identity of actors across articles, the ontology graph. */
class SampleGraphTest {
    @Test
    void sampleCorpusConformsToShapesWithZeroViolations() {
        ValidationResult r = new ShaclValidator().validate(SampleStore.sample());
        assertTrue(r.conforms(), () -> String.join("\n", r.lines()));
        assertEquals(0, r.violationCount());
        assertTrue(r.tripleCount() > 1000, "validated the whole corpus, not an empty graph");
    }

    @Test
    void sameActorInSeveralArticlesIsOneNode() {
        List<String> graphs = select("""
                PREFIX cg: <https://claimgraph.org/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s cg:speaker <https://claimgraph.org/id/person/antony-blinken> } }
                ORDER BY ?g""", "g");
        assertEquals(3, graphs.size(), graphs::toString);
        List<String> labels = select("""
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT DISTINCT ?l WHERE { <https://claimgraph.org/id/person/volodymyr-zelenskyy> rdfs:label ?l }""", "l");
        assertEquals(List.of("Volodymyr Zelenskyy"), labels, "surface form Zelensky resolves to the Wikidata label");
        List<String> sameAs = select("""
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT DISTINCT ?w WHERE { <https://claimgraph.org/id/person/volodymyr-zelenskyy> owl:sameAs ?w }""", "w");
        assertEquals(List.of("http://www.wikidata.org/entity/Q3874799"), sameAs);
    }

    @Test
    void pronounAndSurnameSpeakersResolveToTheFullName() {
        List<String> speakers = select("""
                PREFIX cg: <https://claimgraph.org/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?text ?name WHERE {
                  ?s cg:speakerText ?text ; cg:speaker/rdfs:label ?name .
                  FILTER (?text IN ("He", "She", "Fomin", "Kirby"))
                } ORDER BY ?text ?name""", "text", "name");
        assertTrue(speakers.contains("Fomin Alexander Fomin"), speakers::toString);
        assertTrue(speakers.contains("Kirby John Kirby"), speakers::toString);
        assertTrue(speakers.contains("He Dmytro Kuleba"), speakers::toString);
        assertTrue(speakers.contains("She Iryna Vereshchuk"), speakers::toString);
    }

    @Test
    void weekdayDatesResolveAgainstPublicationDate() {
        List<String> rows = select("""
                PREFIX cg: <https://claimgraph.org/ontology#>
                SELECT ?content ?date WHERE {
                  ?s cg:contentText ?content ; cg:statementDate ?date .
                  FILTER (STRSTARTS(?content, "retreating Russian troops") || STRSTARTS(?content, "the Istanbul talks as"))
                } ORDER BY ?content""", "content", "date");
        assertEquals(List.of(
                "retreating Russian troops had left mines around homes north of Kyiv 2022-04-02",
                "the Istanbul talks as a step forward 2022-03-30"), rows);
    }

    @Test
    void ontologyIsLoadedInItsOwnGraph() {
        List<String> n = select("""
                SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://claimgraph.org/graph/ontology> {
                  <https://claimgraph.org/ontology#Statement> ?p ?o } }""", "n");
        assertTrue(Integer.parseInt(n.get(0)) >= 3, n::toString);
    }

    private static List<String> select(String sparql, String... vars) {
        Dataset ds = SampleStore.sample();
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(sparql).build()) {
                List<String> out = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining((QuerySolution s) -> {
                    StringBuilder sb = new StringBuilder();
                    for (String v : vars) {
                        var node = s.get(v);
                        sb.append(sb.isEmpty() ? "" : " ")
                                .append(node == null ? "" : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
                    }
                    out.add(sb.toString());
                });
                return out;
            }
        });
    }
}
