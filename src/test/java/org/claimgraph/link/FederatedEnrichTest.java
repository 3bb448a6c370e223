package org.claimgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.cli.WikidataCommand;
import org.claimgraph.rdf.CG;
import org.junit.jupiter.api.Test;

/**
 * The saved federated query, text unchanged, against a real local Fuseki that holds a small
 * graph in Wikidata's shape: its SERVICE calls are redirected there (ServiceRedirect), so the
 * federated path runs over HTTP without the internet.
 */
class FederatedEnrichTest {
    @Test
    void enrichesLinkedPeopleAndPlacesThroughService() {
        Path saved = Path.of(System.getProperty("claimgraph.basedir", "."), "queries/online/wikidata-enrich.rq");
        assertTrue(Files.isRegularFile(saved));
        Dataset ds = DatasetFactory.createTxnMem();
        Node z = NodeFactory.createURI(CG.ID + "person/volodymyr-zelenskyy");
        Node kyiv = NodeFactory.createURI(CG.ID + "place/kyiv");
        Node blinken = NodeFactory.createURI(CG.ID + "person/antony-blinken");
        Txn.executeWrite(ds, () -> {
            var g = ds.asDatasetGraph();
            g.add(EntityMerger.GRAPH, z, RDF.type.asNode(), CG.Person);
            g.add(EntityMerger.GRAPH, z, RDFS.label.asNode(), NodeFactory.createLiteralString("Volodymyr Zelenskyy"));
            g.add(EntityMerger.GRAPH, z, OWL.sameAs.asNode(), Wd.item("Q3874799"));
            g.add(EntityMerger.GRAPH, kyiv, RDF.type.asNode(), CG.Place);
            g.add(EntityMerger.GRAPH, kyiv, RDFS.label.asNode(), NodeFactory.createLiteralString("Kyiv"));
            g.add(EntityMerger.GRAPH, kyiv, OWL.sameAs.asNode(), Wd.item("Q1899"));
            // Not linked: not sent to the service at all.
            g.add(EntityMerger.GRAPH, blinken, RDF.type.asNode(), CG.Person);
            g.add(EntityMerger.GRAPH, blinken, RDFS.label.asNode(), NodeFactory.createLiteralString("Antony Blinken"));
        });
        String tsv;
        try (LocalWikidataServer server = LocalWikidataServer.start(MiniWikidata.graph())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            WikidataCommand.writeEnrichment(ds, server.sparqlUrl(), "tsv", out, null);
            tsv = out.toString(StandardCharsets.UTF_8);
        }
        List<String> lines = tsv.lines().toList();
        assertEquals("?label\t?kind\t?item\t?positionLabel\t?countryLabel\t?coordinates\t?position\t?country\t?entity", lines.get(0));
        assertTrue(tsv.contains("\"Volodymyr Zelenskyy\"\t\"Person\"\t<http://www.wikidata.org/entity/Q3874799>\t\"President of Ukraine\"@en"), tsv);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("\"Volodymyr Zelenskyy\"") && l.contains("\"Ukraine\"@en")), tsv);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("\"Kyiv\"") && l.contains("Point(30.5238 50.45)")), tsv);
        assertTrue(lines.stream().noneMatch(l -> l.contains("Blinken")), tsv);
        assertEquals(4, lines.size(), "header + position + citizenship + coordinates: " + tsv);
    }
}
