package org.claimgraph.validate;

import java.io.InputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.update.UpdateAction;

/**
 * A small hand-written dataset in exactly the shape the extractor writes (two article graphs
 * sharing one person), used by the validation tests. The texts are invented for the tests.
 */
final class Fixtures {
    private Fixtures() {}

    static final String PREFIXES = """
            PREFIX cg:     <https://claimgraph.org/ontology#>
            PREFIX et:     <https://claimgraph.org/ontology/event-type#>
            BASE <https://claimgraph.org/id/>
            PREFIX schema: <https://schema.org/>
            PREFIX oa:     <http://www.w3.org/ns/oa#>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl:    <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            PREFIX wd:     <http://www.wikidata.org/entity/>
            """;

    static final String ID = "https://claimgraph.org/id/";
    static final String STATEMENT_1 = ID + "statement/t1/1";
    static final String CUE_SPAN_1 = ID + "statement/t1/1/cue/0";

    static final String VALID_TRIG = PREFIXES + """
            GRAPH <https://claimgraph.org/graph/article/t1> {
              <article/t1> a cg:Article ;
                schema:identifier "t1" ;
                schema:headline "Border talks to resume" ;
                schema:datePublished "2024-05-07"^^xsd:date ;
                schema:url <https://example.org/news/t1> ;
                schema:publisher <publisher/example-news> ;
                schema:text "Transport minister Maria Kowalska said on Monday that talks on the border crossing near Lviv would resume. \\"Queues are already forming,\\" local officials told reporters." .
              <publisher/example-news> a schema:Organization ; schema:name "Example News" .

              <statement/t1/1> a cg:Statement ;
                cg:reportedIn <article/t1> ;
                cg:speaker <person/maria-kowalska> ;
                cg:speakerText "Transport minister Maria Kowalska" ;
                cg:cueText "said" ;
                cg:cueLemma "say" ;
                cg:contentText "talks on the border crossing near Lviv would resume" ;
                cg:direct false ;
                cg:about <place/lviv> , <country/ukraine> ;
                cg:statementDate "2024-05-06"^^xsd:date ;
                cg:claim <claim/c0ffee01> ;
                cg:confidence 0.8 ;
                cg:extractor "claimgraph 0.1.0" ;
                cg:speakerSpan <statement/t1/1/source/0> ;
                cg:cueSpan <statement/t1/1/cue/0> ;
                cg:contentSpan <statement/t1/1/content/0> .
              <statement/t1/1/source/0> a cg:TextSpan ; oa:start 0 ; oa:end 33 ; oa:exact "Transport minister Maria Kowalska" .
              <statement/t1/1/cue/0> a cg:TextSpan ; oa:start 34 ; oa:end 38 ; oa:exact "said" .
              <statement/t1/1/content/0> a cg:TextSpan ; oa:start 54 ; oa:end 105 ; oa:exact "talks on the border crossing near Lviv would resume" .

              <statement/t1/2> a cg:Statement ;
                cg:reportedIn <article/t1> ;
                cg:speaker <group/t1/1> ;
                cg:speakerText "local officials" ;
                cg:cueText "told" ;
                cg:cueLemma "tell" ;
                cg:contentText "Queues are already forming," ;
                cg:direct true ;
                cg:claim <claim/c0ffee02> ;
                cg:confidence 0.9 ;
                cg:extractor "claimgraph 0.1.0" ;
                cg:speakerSpan <statement/t1/2/source/0> ;
                cg:cueSpan <statement/t1/2/cue/0> ;
                cg:contentSpan <statement/t1/2/content/0> .
              <statement/t1/2/source/0> a cg:TextSpan ; oa:start 137 ; oa:end 152 ; oa:exact "local officials" .
              <statement/t1/2/cue/0> a cg:TextSpan ; oa:start 153 ; oa:end 157 ; oa:exact "told" .
              <statement/t1/2/content/0> a cg:TextSpan ; oa:start 108 ; oa:end 135 ; oa:exact "Queues are already forming," .

              <person/maria-kowalska> a cg:Person ;
                rdfs:label "Maria Kowalska" ; skos:altLabel "Kowalska" ;
                cg:role "Transport minister" ; cg:affiliation <country/poland> .
              <group/t1/1> a cg:UnnamedGroup ; rdfs:label "local officials" ; cg:affiliation <country/ukraine> .
              <country/poland> a cg:Country ; rdfs:label "Poland" ; owl:sameAs wd:Q36 ;
                schema:latitude 52.0 ; schema:longitude 19.0 .
              <country/ukraine> a cg:Country ; rdfs:label "Ukraine" ; owl:sameAs wd:Q212 ;
                schema:latitude 49.0 ; schema:longitude 32.0 .
              <place/lviv> a cg:Place ; rdfs:label "Lviv" ; cg:country <country/ukraine> ;
                schema:latitude 49.84 ; schema:longitude 24.03 ; owl:sameAs wd:Q36036 .
              <claim/c0ffee01> a cg:Claim ; cg:claimText "talks on the border crossing near lviv would resume" .
              <claim/c0ffee02> a cg:Claim ; cg:claimText "queues are already forming" .

              <event/t1/1> a cg:Event ;
                cg:eventType et:Talks ;
                cg:participant <country/poland> , <country/ukraine> ;
                cg:eventPlace <place/lviv> ;
                cg:triggerSpan <event/t1/1/trigger/0> ;
                cg:reportedIn <article/t1> .
              <event/t1/1/trigger/0> a cg:TextSpan ; oa:start 54 ; oa:end 59 ; oa:exact "talks" .
            }

            GRAPH <https://claimgraph.org/graph/article/t2> {
              <article/t2> a cg:Article ;
                schema:identifier "t2" ;
                schema:text "Kowalska said the crossing had closed overnight." .
              <statement/t2/1> a cg:Statement ;
                cg:reportedIn <article/t2> ;
                cg:speaker <person/maria-kowalska> ;
                cg:speakerText "Kowalska" ;
                cg:cueText "said" ;
                cg:cueLemma "say" ;
                cg:contentText "the crossing had closed overnight" ;
                cg:direct false ;
                cg:claim <claim/c0ffee03> ;
                cg:confidence 0.7 ;
                cg:speakerSpan <statement/t2/1/source/0> ;
                cg:cueSpan <statement/t2/1/cue/0> ;
                cg:contentSpan <statement/t2/1/content/0> .
              <statement/t2/1/source/0> a cg:TextSpan ; oa:start 0 ; oa:end 8 ; oa:exact "Kowalska" .
              <statement/t2/1/cue/0> a cg:TextSpan ; oa:start 9 ; oa:end 13 ; oa:exact "said" .
              <statement/t2/1/content/0> a cg:TextSpan ; oa:start 14 ; oa:end 47 ; oa:exact "the crossing had closed overnight" .
              # The same person node as in t1, written again by this article's graph.
              <person/maria-kowalska> a cg:Person ; rdfs:label "Maria Kowalska" ; skos:altLabel "Kowalska" .
              <claim/c0ffee03> a cg:Claim ; cg:claimText "the crossing had closed overnight" .
            }
            """;

    /** A fresh in-memory copy of the valid dataset. */
    static DatasetGraph valid() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(VALID_TRIG, Lang.TRIG).parse(dsg);
        return dsg;
    }

    /** The valid dataset changed by a SPARQL Update (the fixture's prefixes are prepended). */
    static DatasetGraph validWith(String update) {
        DatasetGraph dsg = valid();
        UpdateAction.parseExecute(PREFIXES + update, dsg);
        return dsg;
    }

    /** Parses a Turtle file shipped on the classpath under /ontology. */
    static org.apache.jena.graph.Graph classpathTurtle(String resource) {
        InputStream in = Fixtures.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " not on the test classpath");
        }
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        return g;
    }
}
