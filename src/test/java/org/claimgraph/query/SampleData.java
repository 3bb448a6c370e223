package org.claimgraph.query;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimgraph.serve.DatasetOpener;

/**
 * A small hand-written dataset in the extractor's RDF shape (see notes/rdf-shape.md): two articles
 * in two named graphs, four statements (three by two resolved speakers, one unresolved), places
 * Kyiv and Chernihiv in Ukraine, and one claim reported by both articles. Content is invented.
 */
public final class SampleData {
    private SampleData() {}

    public static final String TRIG = """
            PREFIX cg:     <https://claimgraph.org/ontology#>
            PREFIX schema: <https://schema.org/>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl:    <http://www.w3.org/2002/07/owl#>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            PREFIX id:     <https://claimgraph.org/id/>

            GRAPH <https://claimgraph.org/graph/article/a1> {
              id:article\\/a1 a cg:Article ;
                schema:identifier "a1" ;
                schema:headline "Talks resume while shelling goes on" ;
                schema:datePublished "2022-03-30"^^xsd:date ;
                schema:publisher id:publisher\\/daily-example ;
                schema:text "Sample text A." .
              id:publisher\\/daily-example a schema:Organization ; schema:name "Daily Example" .

              id:person\\/antony-blinken a cg:Person ;
                rdfs:label "Antony Blinken" ; skos:altLabel "Blinken" ;
                cg:role "Secretary of State" ;
                cg:affiliation id:country\\/united-states .
              id:country\\/united-states a cg:Country ; rdfs:label "United States" .
              id:country\\/ukraine a cg:Country ; rdfs:label "Ukraine" .
              id:place\\/kyiv a cg:Place ; rdfs:label "Kyiv" ; cg:country id:country\\/ukraine ;
                schema:latitude 50.45 ; schema:longitude 30.52 ; owl:sameAs <http://www.wikidata.org/entity/Q1899> .
              id:place\\/chernihiv a cg:Place ; rdfs:label "Chernihiv" ; cg:country id:country\\/ukraine .

              id:statement\\/a1\\/1 a cg:Statement ;
                cg:reportedIn id:article\\/a1 ;
                cg:speaker id:person\\/antony-blinken ;
                cg:speakerText "Secretary of State Antony Blinken" ;
                cg:cueText "said" ; cg:cueLemma "say" ;
                cg:contentText "the troops near Kyiv are regrouping, not leaving" ;
                cg:direct false ;
                cg:about id:place\\/kyiv ;
                cg:statementDate "2022-03-29"^^xsd:date ;
                cg:statementDateBasis "explicit" ;
                cg:claim id:claim\\/c1 ;
                cg:confidence 0.8 .
              id:claim\\/c1 a cg:Claim ; cg:claimText "troops near kyiv are regrouping not leaving" .

              id:statement\\/a1\\/2 a cg:Statement ;
                cg:reportedIn id:article\\/a1 ;
                cg:speaker id:country\\/ukraine ;
                cg:speakerText "Ukraine" ;
                cg:cueText "reported" ; cg:cueLemma "report" ;
                cg:contentText "artillery hit Chernihiv and the outskirts of Kyiv overnight" ;
                cg:direct false ;
                cg:about id:place\\/chernihiv , id:place\\/kyiv ;
                cg:claim id:claim\\/c2 ;
                cg:confidence 0.7 .
              id:claim\\/c2 a cg:Claim ; cg:claimText "artillery hit chernihiv and the outskirts of kyiv overnight" .
            }

            GRAPH <https://claimgraph.org/graph/article/b1> {
              id:article\\/b1 a cg:Article ;
                schema:identifier "b1" ;
                schema:headline "Doubts over promised pullback" ;
                schema:datePublished "2022-03-31"^^xsd:date ;
                schema:publisher id:publisher\\/evening-sample ;
                schema:text "Sample text B." .
              id:publisher\\/evening-sample a schema:Organization ; schema:name "Evening Sample" .

              id:person\\/antony-blinken a cg:Person ; rdfs:label "Antony Blinken" ;
                cg:affiliation id:country\\/united-states .
              id:country\\/united-states a cg:Country ; rdfs:label "United States" .
              id:place\\/kyiv a cg:Place ; rdfs:label "Kyiv" ; cg:country id:country\\/ukraine .
              id:place\\/chernihiv a cg:Place ; rdfs:label "Chernihiv" ; cg:country id:country\\/ukraine .

              id:statement\\/b1\\/1 a cg:Statement ;
                cg:reportedIn id:article\\/b1 ;
                cg:speaker id:person\\/antony-blinken ;
                cg:speakerText "Blinken" ;
                cg:cueText "told" ; cg:cueLemma "tell" ;
                cg:contentText "the troops near Kyiv are regrouping, not leaving" ;
                cg:direct false ;
                cg:about id:place\\/kyiv ;
                cg:claim id:claim\\/c1 ;
                cg:confidence 0.8 .
              id:claim\\/c1 a cg:Claim ; cg:claimText "troops near kyiv are regrouping not leaving" .

              id:statement\\/b1\\/2 a cg:Statement ;
                cg:reportedIn id:article\\/b1 ;
                cg:speakerText "a regional official" ;
                cg:cueText "said" ; cg:cueLemma "say" ;
                cg:contentText "power was back in parts of Chernihiv" ;
                cg:direct false ;
                cg:about id:place\\/chernihiv ;
                cg:claim id:claim\\/c3 ;
                cg:confidence 0.6 .
              id:claim\\/c3 a cg:Claim ; cg:claimText "power was back in parts of chernihiv" .
            }
            """;

    /** A fresh in-memory TDB2 dataset holding {@link #TRIG}, with the union default graph on. */
    public static Dataset create() {
        Dataset ds = DatasetOpener.withUnionDefaultGraph(TDB2Factory.createDataset());
        Txn.executeWrite(ds, () -> RDFParser.fromString(TRIG, Lang.TRIG).parse(ds));
        return ds;
    }
}
