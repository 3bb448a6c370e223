package org.claimgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.CG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OfflineGraphBuilderTest {
    private static final Path COMMITTED = Path.of(System.getProperty("claimgraph.basedir", "."),
            "src/main/resources/org/claimgraph/wikidata/offline.ttl");
    private static Graph g;

    @BeforeAll
    static void load() {
        g = WikidataGraph.shipped();
    }

    @Test
    void committedGraphIsUpToDateWithTheTables() throws IOException {
        assertEquals(OfflineGraphBuilder.build(), Files.readString(COMMITTED, StandardCharsets.UTF_8),
                "offline.ttl is stale: regenerate it with OfflineGraphBuilder (see its javadoc)");
    }

    @Test
    void everyCountryIsThereInWikidataShape() {
        Set<Node> countries = g.find(Node.ANY, Wd.P31_INSTANCE_OF, Wd.item(Wd.COUNTRY)).mapWith(Triple::getSubject).toSet();
        assertEquals(250, countries.size());
        for (Node c : countries) {
            assertEquals(1, g.find(c, RDFS.label.asNode(), Node.ANY).toList().size(), c.getURI());
            assertEquals("en", g.find(c, RDFS.label.asNode(), Node.ANY).next().getObject().getLiteralLanguage());
            assertEquals(1, g.find(c, Wd.P625_COORDINATES, Node.ANY).toList().size(), c.getURI());
        }
        Node ukraine = Wd.item("Q212");
        assertTrue(g.contains(ukraine, Wd.P36_CAPITAL, Wd.item("Q1899")));
        assertTrue(g.contains(ukraine, Wd.P1549_DEMONYM, NodeFactory.createLiteralLang("Ukrainian", "en")));
        assertTrue(g.contains(ukraine, Wd.P297_ISO2, NodeFactory.createLiteralString("UA")));
        assertTrue(g.contains(ukraine, Wd.P625_COORDINATES, NodeFactory.createLiteralDT("Point(32 49)", NodeFactory.getType(Wd.GEO + "wktLiteral"))));
        assertTrue(g.contains(Wd.item("Q30"), CG.skosAltLabel, NodeFactory.createLiteralLang("USA", "en")));
    }

    @Test
    void peoplePlacesAndOrganisations() {
        Node z = Wd.item("Q3874799");
        assertTrue(g.contains(z, Wd.P31_INSTANCE_OF, Wd.item(Wd.HUMAN)));
        assertTrue(g.contains(z, Wd.P27_CITIZENSHIP, Wd.item("Q212")));
        assertTrue(g.contains(z, CG.skosAltLabel, NodeFactory.createLiteralLang("Zelensky", "en")));
        assertTrue(g.contains(z, Wd.DESCRIPTION, NodeFactory.createLiteralLang("President of Ukraine", "en")));
        Node kyiv = Wd.item("Q1899");
        assertTrue(g.contains(kyiv, Wd.P31_INSTANCE_OF, Wd.item(Wd.CITY)));
        assertTrue(g.contains(kyiv, Wd.P17_COUNTRY, Wd.item("Q212")));
        assertTrue(g.contains(kyiv, Wd.P625_COORDINATES, Node.ANY));
        assertTrue(g.contains(Wd.item("Q7835"), Wd.P31_INSTANCE_OF, Wd.item(Wd.PENINSULA)));
        assertTrue(g.contains(Wd.item("Q7184"), Wd.P31_INSTANCE_OF, Wd.item(Wd.ORGANIZATION)));
    }

    @Test
    void onlyConfirmedItemsAndNoDanglingReferences() {
        // Items with a label: the 250 countries, 16 people and organisations, 7 places and 7 classes.
        Set<Node> labelled = g.find(Node.ANY, RDFS.label.asNode(), Node.ANY).mapWith(Triple::getSubject).toSet();
        assertEquals(250 + 16 + 7 + 7, labelled.size());
        // Every item a statement points to is described in the graph: nothing points at an unverified id.
        Set<String> dangling = new TreeSet<>();
        g.find().forEach(t -> {
            if (t.getObject().isURI() && t.getObject().getURI().startsWith(Wd.ENTITY) && !labelled.contains(t.getObject())) {
                dangling.add(t.getObject().getURI());
            }
        });
        assertEquals(Set.of(), dangling);
        // Unconfirmed places of the gazetteer (no qid in places.tsv) are not in the graph.
        assertTrue(g.find(Node.ANY, RDFS.label.asNode(), NodeFactory.createLiteralLang("Kharkiv", "en")).toList().isEmpty());
    }

    @Test
    void loadsIntoItsOwnNamedGraph() {
        Dataset ds = DatasetFactory.createTxnMem();
        WikidataGraph.loadInto(ds);
        WikidataGraph.loadInto(ds); // replaces, does not duplicate
        long n = Txn.calculateRead(ds, () -> ds.asDatasetGraph().getGraph(WikidataGraph.GRAPH).size());
        assertEquals(g.size(), n);
        assertTrue(WikidataGraph.isLoaded(ds));
    }
}
