package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.graph.GNode;
import org.apache.jena.sparql.util.graph.GraphList;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.CG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShaclValidatorTest {
    private static ShaclValidator validator;

    @BeforeAll
    static void loadShapes() {
        validator = new ShaclValidator();
    }

    private static ValidationResult check(String update) {
        return validator.validate(Fixtures.validWith(update));
    }

    /** Exactly one violation, on the given focus node and path; returns it. */
    private static Violation single(ValidationResult r, String focusIri, String path) {
        assertFalse(r.conforms(), "expected a violation");
        assertEquals(1, r.violationCount(), () -> String.join("\n", r.lines()));
        Violation v = r.violations().get(0);
        assertEquals("<" + focusIri + ">", v.focusNode(), v::line);
        assertEquals(path, v.path(), v::line);
        return v;
    }

    @Test
    void shapesLoadFromClasspath() {
        // Article, publisher, statement, span, named entity, actor, place, claim, event, mention.
        assertEquals(10, validator.rootShapeCount());
    }

    @Test
    void validFixtureConforms() {
        ValidationResult r = validator.validate(Fixtures.valid());
        assertTrue(r.conforms(), () -> String.join("\n", r.lines()));
        assertEquals(0, r.violationCount());
        assertTrue(r.lines().isEmpty());
        assertTrue(r.tripleCount() > 100, "counted " + r.tripleCount());
    }

    @Test
    void unionMergesTheSamePersonWrittenByTwoArticles() {
        DatasetGraph dsg = Fixtures.valid();
        Graph all = ShaclValidator.allTriples(dsg);
        Node person = NodeFactory.createURI(Fixtures.ID + "person/maria-kowalska");
        Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        // Written in both article graphs, seen once: otherwise "exactly one label" could not hold.
        assertEquals(1, all.find(person, label, Node.ANY).toList().size());
    }

    @Test
    void sameActorWithDifferentLabelsInTwoArticlesIsReported() {
        ValidationResult r = check("""
                DELETE DATA { GRAPH <https://claimgraph.org/graph/article/t2> { <person/maria-kowalska> rdfs:label "Maria Kowalska" } } ;
                INSERT DATA { GRAPH <https://claimgraph.org/graph/article/t2> { <person/maria-kowalska> rdfs:label "M. Kowalska" } }
                """);
        Violation v = single(r, Fixtures.ID + "person/maria-kowalska", "rdfs:label");
        assertTrue(v.message().contains("exactly one rdfs:label"), v::line);
    }

    @Test
    void ontologyTriplesCauseNoViolations() {
        Graph onto = Fixtures.classpathTurtle("/ontology/claimgraph.ttl");
        Fixtures.classpathTurtle("/ontology/event-types.ttl").find().forEach(onto::add);
        assertTrue(onto.size() > 200);
        ValidationResult alone = validator.validate(onto);
        assertTrue(alone.conforms(), () -> String.join("\n", alone.lines()));

        // Loaded the way the store holds it: as the ontology named graph next to the article graphs.
        DatasetGraph dsg = Fixtures.valid();
        Node g = NodeFactory.createURI(CG.ONTOLOGY_GRAPH);
        onto.find().forEach(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        ValidationResult together = validator.validate(dsg);
        assertTrue(together.conforms(), () -> String.join("\n", together.lines()));
    }

    @Test
    void missingCueText() {
        ValidationResult r = check("DELETE WHERE { GRAPH ?g { <statement/t1/1> cg:cueText ?x } }");
        Violation v = single(r, Fixtures.STATEMENT_1, "cg:cueText");
        assertTrue(v.message().contains("exactly one cg:cueText"), v::line);
        assertEquals("", v.value());
        assertEquals("<" + Fixtures.STATEMENT_1 + "> — cg:cueText — " + v.message(), v.line());
    }

    @Test
    void twoStatementDates() {
        ValidationResult r = check("""
                INSERT DATA { GRAPH <https://claimgraph.org/graph/article/t1> {
                  <statement/t1/1> cg:statementDate "2024-05-05"^^xsd:date } }
                """);
        Violation v = single(r, Fixtures.STATEMENT_1, "cg:statementDate");
        assertTrue(v.message().contains("at most one cg:statementDate"), v::line);
    }

    @Test
    void statementDateMustBeADate() {
        ValidationResult r = check("""
                DELETE WHERE { GRAPH ?g { <statement/t1/1> cg:statementDate ?d } } ;
                INSERT DATA { GRAPH <https://claimgraph.org/graph/article/t1> {
                  <statement/t1/1> cg:statementDate "2024-05-06T10:00:00Z"^^xsd:dateTime } }
                """);
        single(r, Fixtures.STATEMENT_1, "cg:statementDate");
    }

    @Test
    void statementDateBasisMustBeAKnownValue() {
        ValidationResult r = check("""
                INSERT DATA { GRAPH <https://claimgraph.org/graph/article/t1> {
                  <statement/t1/1> cg:statementDateBasis "guessed" } }
                """);
        Violation v = single(r, Fixtures.STATEMENT_1, "cg:statementDateBasis");
        assertTrue(v.message().contains("\"news-day\""), v::line);
    }

    @Test
    void spanWithStartNotBeforeEnd() {
        ValidationResult r = check("""
                DELETE WHERE { GRAPH ?g { <statement/t1/1/cue/0> oa:start ?s } } ;
                INSERT DATA { GRAPH <https://claimgraph.org/graph/article/t1> { <statement/t1/1/cue/0> oa:start 38 } }
                """);
        Violation v = single(r, Fixtures.CUE_SPAN_1, "");
        assertTrue(v.message().contains("oa:start must be less than oa:end"), v::line);
        assertEquals("38", v.value(), "the SPARQL constraint reports oa:end as the value");
        assertTrue(v.line().contains(" — (node) — "), v::line);
    }

    @Test
    void negativeSpanStartAndIntNotInteger() {
        ValidationResult r = check("""
                DELETE WHERE { GRAPH ?g { <statement/t1/1/cue/0> oa:start ?s } } ;
                INSERT DATA { GRAPH <https://claimgraph.org/graph/article/t1> { <statement/t1/1/cue/0> oa:start -1 } }
                """);
        single(r, Fixtures.CUE_SPAN_1, "oa:start");

        // Jena's createLiteralByValue(int) writes xsd:int; the shapes require xsd:integer.
        ValidationResult asInt = check("""
                DELETE WHERE { GRAPH ?g { <statement/t1/1/cue/0> oa:end ?e } } ;
                INSERT DATA { GRAPH <https://claimgraph.org/graph/article/t1> { <statement/t1/1/cue/0> oa:end "38"^^xsd:int } }
                """);
        single(asInt, Fixtures.CUE_SPAN_1, "oa:end");
    }

    @Test
    void confidenceAboveOne() {
        ValidationResult r = check("""
                DELETE WHERE { GRAPH ?g { <statement/t1/1> cg:confidence ?c } } ;
                INSERT DATA { GRAPH <https://claimgraph.org/graph/article/t1> { <statement/t1/1> cg:confidence 1.5 } }
                """);
        Violation v = single(r, Fixtures.STATEMENT_1, "cg:confidence");
        assertEquals("1.5", v.value());
        assertTrue(v.message().contains("between 0 and 1"), v::line);
    }

    @Test
    void confidenceAsDoubleIsRejected() {
        // A Java double written with createLiteralByValue becomes xsd:double; the shape wants xsd:decimal.
        ValidationResult r = check("""
                DELETE WHERE { GRAPH ?g { <statement/t1/1> cg:confidence ?c } } ;
                INSERT DATA { GRAPH <https://claimgraph.org/graph/article/t1> { <statement/t1/1> cg:confidence 8.0E-1 } }
                """);
        single(r, Fixtures.STATEMENT_1, "cg:confidence");
    }

    @Test
    void speakerThatIsNotAnActor() {
        ValidationResult r = check("""
                DELETE WHERE { GRAPH ?g { <statement/t1/1> cg:speaker ?s } } ;
                INSERT DATA { GRAPH <https://claimgraph.org/graph/article/t1> { <statement/t1/1> cg:speaker <place/lviv> } }
                """);
        Violation v = single(r, Fixtures.STATEMENT_1, "cg:speaker");
        assertEquals("<" + Fixtures.ID + "place/lviv>", v.value());
        assertTrue(v.message().contains("must be an actor"), v::line);
    }

    @Test
    void speakerWithoutAnyTypeIsNotAnActor() {
        ValidationResult r = check("""
                DELETE WHERE { GRAPH ?g { <statement/t1/1> cg:speaker ?s } } ;
                INSERT DATA { GRAPH <https://claimgraph.org/graph/article/t1> { <statement/t1/1> cg:speaker <person/nobody> } }
                """);
        single(r, Fixtures.STATEMENT_1, "cg:speaker");
    }

    @Test
    void everyActorSubclassIsAcceptedAsSpeaker() {
        for (String actor : List.of("person/maria-kowalska", "group/t1/1", "country/poland")) {
            ValidationResult r = check("DELETE WHERE { GRAPH ?g { <statement/t1/1> cg:speaker ?s } } ;"
                    + " INSERT DATA { GRAPH <https://claimgraph.org/graph/article/t1> { <statement/t1/1> cg:speaker <"
                    + actor + "> } }");
            assertTrue(r.conforms(), () -> actor + ": " + String.join("\n", r.lines()));
        }
    }

    @Test
    void statementWithoutSpeakerConforms() {
        ValidationResult r = check("""
                DELETE WHERE { GRAPH ?g { <statement/t1/1> cg:speaker ?s } } ;
                DELETE WHERE { GRAPH ?g { <statement/t1/1> cg:speakerText ?t } } ;
                DELETE WHERE { GRAPH ?g { <statement/t1/1> cg:speakerSpan ?sp } }
                """);
        assertTrue(r.conforms(), () -> String.join("\n", r.lines()));
    }

    @Test
    void missingContentSpanAndAClaimWithoutStatements() {
        // A statement without cg:claim is fine (claims are assigned by the corpus-level clustering),
        // but the claim it leaves behind has no statement, and the content span is required.
        ValidationResult r = check("""
                DELETE WHERE { GRAPH ?g { <statement/t1/1> cg:claim ?c } } ;
                DELETE WHERE { GRAPH ?g { <statement/t1/1> cg:contentSpan ?s } }
                """);
        assertEquals(2, r.violationCount(), () -> String.join("\n", r.lines()));
        Set<String> paths = new HashSet<>();
        r.violations().forEach(v -> paths.add(v.path()));
        assertEquals(Set.of("^cg:claim", "cg:contentSpan"), paths);
    }

    @Test
    void statementHasAtMostOneClaimAndCountsAreIntegers() {
        ValidationResult r = check("""
                INSERT DATA { GRAPH <https://claimgraph.org/graph/claims> {
                  <statement/t1/1> cg:claim <claim/c0ffee02> .
                  <claim/c0ffee02> cg:articleCount "two" } }
                """);
        Set<String> paths = new HashSet<>();
        r.violations().forEach(v -> paths.add(v.path()));
        assertEquals(Set.of("cg:claim", "cg:articleCount"), paths, () -> String.join("\n", r.lines()));
    }

    @Test
    void countryIsCheckedAsActorAndPlaceButReportedOnce() {
        // Written only as cg:Country, yet it is a valid cg:about value (place) and speaker (actor),
        // and a second label is one violation, not one per shape that targets countries.
        ValidationResult r = check("""
                INSERT DATA { GRAPH <https://claimgraph.org/graph/article/t1> { <country/ukraine> rdfs:label "Ukraina" } }
                """);
        single(r, Fixtures.ID + "country/ukraine", "rdfs:label");

        ValidationResult badLat = check("""
                DELETE WHERE { GRAPH ?g { <country/ukraine> schema:latitude ?x } } ;
                INSERT DATA { GRAPH <https://claimgraph.org/graph/article/t1> { <country/ukraine> schema:latitude 149.0 } }
                """);
        single(badLat, Fixtures.ID + "country/ukraine", "schema:latitude");
    }

    @Test
    void aboutMustBeAPlace() {
        ValidationResult r = check("""
                INSERT DATA { GRAPH <https://claimgraph.org/graph/article/t1> { <statement/t1/1> cg:about <person/maria-kowalska> } }
                """);
        single(r, Fixtures.STATEMENT_1, "cg:about");
    }

    @Test
    void articleUrlMustBeAnIri() {
        ValidationResult r = check("""
                DELETE WHERE { GRAPH ?g { <article/t1> schema:url ?u } } ;
                INSERT DATA { GRAPH <https://claimgraph.org/graph/article/t1> { <article/t1> schema:url "https://example.org/news/t1" } }
                """);
        single(r, Fixtures.ID + "article/t1", "schema:url");
    }

    @Test
    void publisherNeedsAName() {
        ValidationResult r = check("DELETE WHERE { GRAPH ?g { <publisher/example-news> schema:name ?n } }");
        single(r, Fixtures.ID + "publisher/example-news", "schema:name");
    }

    @Test
    void claimNeedsText() {
        ValidationResult r = check("DELETE WHERE { GRAPH ?g { <claim/c0ffee02> cg:claimText ?t } }");
        single(r, Fixtures.ID + "claim/c0ffee02", "cg:claimText");
    }

    @Test
    void eventTypeMustComeFromTheScheme() {
        ValidationResult r = check("""
                DELETE WHERE { GRAPH ?g { <event/t1/1> cg:eventType ?t } } ;
                INSERT DATA { GRAPH <https://claimgraph.org/graph/article/t1> { <event/t1/1> cg:eventType et:Picnic } }
                """);
        Violation v = single(r, Fixtures.ID + "event/t1/1", "cg:eventType");
        assertTrue(v.message().contains("cg:EventTypes"), v::line);
    }

    @Test
    void eventTypeListInShapesMatchesTheConceptScheme() {
        Graph shapes = Fixtures.classpathTurtle("/ontology/shapes.ttl");
        Node sh = NodeFactory.createURI("http://www.w3.org/ns/shacl#in");
        Set<Node> listed = new HashSet<>();
        shapes.find(Node.ANY, sh, Node.ANY)
                .forEach(t -> listed.addAll(GraphList.members(new GNode(shapes, t.getObject()))));

        Graph types = Fixtures.classpathTurtle("/ontology/event-types.ttl");
        Node concept = NodeFactory.createURI(CG.SKOS + "Concept");
        Set<Node> concepts = new HashSet<>();
        types.find(Node.ANY, RDF.type.asNode(), concept).forEach(t -> concepts.add(t.getSubject()));

        assertEquals(11, concepts.size());
        assertEquals(concepts, listed);
    }

    @Test
    void fixtureSpansQuoteTheirArticleText() {
        // Guards the fixture itself: the offsets and oa:exact agree with schema:text.
        String q = Fixtures.PREFIXES + """
                SELECT ?text ?start ?end ?exact WHERE {
                  ?st cg:reportedIn ?a ; cg:speakerSpan|cg:cueSpan|cg:contentSpan ?span .
                  ?a schema:text ?text .
                  ?span oa:start ?start ; oa:end ?end ; oa:exact ?exact .
                }""";
        var model = ModelFactory.createModelForGraph(ShaclValidator.allTriples(Fixtures.valid()));
        int n = 0;
        try (var qe = QueryExecutionFactory.create(q, model)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                var row = rs.next();
                String text = row.getLiteral("text").getString();
                String exact = row.getLiteral("exact").getString();
                assertEquals(exact, text.substring(row.getLiteral("start").getInt(), row.getLiteral("end").getInt()));
                n++;
            }
        }
        assertEquals(9, n);
    }

    @Test
    void emptyGraphConforms() {
        ValidationResult r = validator.validate(GraphFactory.createDefaultGraph());
        assertTrue(r.conforms());
        assertEquals(0, r.tripleCount());
    }

    @Test
    void defaultGraphIsValidatedToo() {
        DatasetGraph dsg = Fixtures.valid();
        Node stmt = NodeFactory.createURI(Fixtures.ID + "statement/x/1");
        dsg.getDefaultGraph().add(Triple.create(stmt, RDF.type.asNode(), CG.Statement));
        ValidationResult r = validator.validate(dsg);
        assertFalse(r.conforms());
        assertTrue(r.violations().stream().allMatch(v -> v.focusNode().equals("<" + stmt.getURI() + ">")));
    }
}
