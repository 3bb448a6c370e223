package org.claimgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.CG;
import org.junit.jupiter.api.Test;

/** Merging on small hand-made article graphs, linked against the test graph in Wikidata's shape. */
class EntityMergerTest {
    private final Dataset ds = DatasetFactory.createTxnMem();
    private final EntityMerger merger = new EntityMerger(new WikidataLinker(LocalEndpoint.of(MiniWikidata.graph()),
            WikidataLinker.OFFLINE));
    private int statements;

    private static Node graph(String article) {
        return NodeFactory.createURI(CG.GRAPH + "article/" + article);
    }

    private static Node id(String path) {
        return NodeFactory.createURI(CG.ID + path);
    }

    /** An actor or place node in an article graph, with an optional statement it speaks. */
    private Node entity(String article, String path, Node cls, String label, String speakerText) {
        Node g = graph(article);
        Node n = id(path);
        Txn.executeWrite(ds, () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            dsg.add(g, n, RDF.type.asNode(), cls);
            dsg.add(g, n, RDFS.label.asNode(), NodeFactory.createLiteralString(label));
            if (speakerText != null) {
                Node st = id("statement/" + article + "/" + (++statements));
                dsg.add(g, st, RDF.type.asNode(), CG.Statement);
                dsg.add(g, st, CG.speaker, n);
                dsg.add(g, st, CG.speakerText, NodeFactory.createLiteralString(speakerText));
            }
        });
        return n;
    }

    private void sameAs(String article, Node n, String qid) {
        Txn.executeWrite(ds, () -> ds.asDatasetGraph().add(graph(article), n, OWL.sameAs.asNode(), Wd.item(qid)));
    }

    private Graph entities() {
        merger.merge(ds);
        return Txn.calculateRead(ds, () -> {
            Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            ds.asDatasetGraph().getGraph(EntityMerger.GRAPH).find().forEach(g::add);
            return g;
        });
    }

    private static Set<String> alts(Graph g, Node n) {
        Set<String> out = new TreeSet<>();
        g.find(n, CG.skosAltLabel, Node.ANY).forEach(t -> out.add(t.getObject().getLiteralLexicalForm()));
        return out;
    }

    @Test
    void spellingVariantsAndSurnamesMergeIntoTheFullestName() {
        Node full = entity("a1", "person/volodymyr-zelenskyy", CG.Person, "Volodymyr Zelenskyy", "Ukrainian President Volodymyr Zelenskyy");
        Node variant = entity("a2", "person/volodymyr-zelensky", CG.Person, "Volodymyr Zelensky", "Volodymyr Zelensky");
        Node surname = entity("a3", "person/zelenskiy", CG.Person, "Zelenskiy", "Zelenskiy");
        Graph g = entities();
        assertTrue(g.contains(variant, OWL.sameAs.asNode(), full));
        assertTrue(g.contains(surname, OWL.sameAs.asNode(), full));
        assertEquals(1, g.find(full, RDFS.label.asNode(), Node.ANY).toList().size());
        assertTrue(g.contains(full, RDFS.label.asNode(), NodeFactory.createLiteralString("Volodymyr Zelenskyy")));
        assertEquals(Set.of("Volodymyr Zelensky", "Zelenskiy"), alts(g, full));
        assertTrue(g.contains(full, OWL.sameAs.asNode(), Wd.item("Q3874799")));
        assertTrue(g.contains(full, CG.linkMethod, NodeFactory.createLiteralString("offline-label")));
        assertFalse(g.contains(variant, RDF.type.asNode(), Node.ANY), "only the canonical node is described");
    }

    @Test
    void wikidataAltLabelsJoinWhatSpellingRulesCannot() {
        Node kyiv = entity("a1", "place/kyiv", CG.Place, "Kyiv", null);
        Node kiev = entity("a2", "place/kiev", CG.Place, "Kiev", null);
        Graph g = entities();
        assertTrue(g.contains(kiev, OWL.sameAs.asNode(), kyiv), "the Wikidata label picks the canonical node");
        assertTrue(g.contains(kyiv, OWL.sameAs.asNode(), Wd.item("Q1899")));
        assertEquals(Set.of("Kiev"), alts(g, kyiv));
        assertTrue(g.contains(kyiv, CG.schemaLatitude, Node.ANY), "a located item gives the place coordinates");
    }

    @Test
    void differentKindsNeverMergeAndAPersonNeverLinksToACity() {
        Node city = entity("a1", "place/kyiv", CG.Place, "Kyiv", null);
        Node person = entity("a2", "person/kyiv", CG.Person, "Kyiv", "Kyiv");
        Node org = entity("a3", "org/moscow", CG.Organization, "Moscow", "Moscow");
        Graph g = entities();
        assertFalse(g.contains(person, OWL.sameAs.asNode(), city));
        assertFalse(g.contains(city, OWL.sameAs.asNode(), person));
        assertTrue(g.contains(city, OWL.sameAs.asNode(), Wd.item("Q1899")));
        assertFalse(g.contains(person, OWL.sameAs.asNode(), Node.ANY), "a one-word person is never linked");
        assertFalse(g.contains(org, OWL.sameAs.asNode(), Node.ANY), "cities are not organisations");
    }

    @Test
    void ambiguousStaysUnlinkedAndDifferentPeopleStayApart() {
        Node smith = entity("a1", "person/john-smith", CG.Person, "John Smith", "John Smith");
        Node petrov = entity("a2", "person/maria-petrov", CG.Person, "Maria Petrov", null);
        Node petrova = entity("a3", "person/maria-petrova", CG.Person, "Maria Petrova", null);
        // "Smith" could be John Smith or Anna Smith: a surname shared by two full names stays alone.
        Node anna = entity("a4", "person/anna-smith", CG.Person, "Anna Smith", null);
        Node bare = entity("a5", "person/smith", CG.Person, "Smith", "Smith");
        EntityMerger.Summary s = merger.merge(ds);
        Graph g = entities();
        assertFalse(g.contains(smith, OWL.sameAs.asNode(), Node.ANY), "two Wikidata items are called John Smith");
        assertFalse(g.contains(petrov, OWL.sameAs.asNode(), petrova));
        assertFalse(g.contains(petrova, OWL.sameAs.asNode(), petrov));
        assertFalse(g.contains(bare, OWL.sameAs.asNode(), Node.ANY));
        assertTrue(g.contains(anna, RDF.type.asNode(), CG.Person));
        assertEquals(5, s.entities());
        assertEquals(0, s.merged());
        assertEquals(1, s.ambiguous());
    }

    @Test
    void extractorLinksWinAndConflictingLinksNeverMerge() {
        Node a = entity("a1", "person/volodymyr-zelenskyy", CG.Person, "Volodymyr Zelenskyy", null);
        sameAs("a1", a, "Q3874799");
        // Same skeleton, but the extractor linked it to another item: kept apart.
        Node b = entity("a2", "person/volodymyr-zelensky", CG.Person, "Volodymyr Zelensky", null);
        sameAs("a2", b, "Q9000000011");
        Graph g = entities();
        assertFalse(g.contains(b, OWL.sameAs.asNode(), a));
        assertFalse(g.contains(a, OWL.sameAs.asNode(), b));
        assertTrue(g.contains(a, CG.linkMethod, NodeFactory.createLiteralString(EntityMerger.EXTRACTOR_METHOD)));
        assertTrue(g.contains(b, OWL.sameAs.asNode(), Wd.item("Q9000000011")));
    }

    @Test
    void rebuildIsDeterministicAndReplacesTheGraph() {
        entity("a1", "person/volodymyr-zelenskyy", CG.Person, "Volodymyr Zelenskyy", "Zelenskyy");
        entity("a2", "place/kiev", CG.Place, "Kiev", null);
        entity("a3", "place/kyiv", CG.Place, "Kyiv", null);
        Graph first = entities();
        Graph second = entities();
        assertEquals(first.size(), second.size());
        assertTrue(first.isIsomorphicWith(second));
        long inStore = Txn.calculateRead(ds, () -> ds.asDatasetGraph().getGraph(EntityMerger.GRAPH).size());
        assertEquals(first.size(), inStore, "the second rebuild replaced the first, not added to it");
    }

    @Test
    void theMostUsedSpellingIsCanonical() {
        Node right = entity("a1", "person/antony-blinken", CG.Person, "Antony Blinken", "Antony Blinken");
        entity("a2", "person/antony-blinken", CG.Person, "Antony Blinken", "Blinken");
        Node typo = entity("a2", "person/anthony-blinken", CG.Person, "Anthony Blinken", "Anthony Blinken");
        Graph g = entities();
        assertTrue(g.contains(typo, OWL.sameAs.asNode(), right), "longer, but written once");
        assertEquals(Set.of("Anthony Blinken", "Blinken"), alts(g, right));
    }
}
