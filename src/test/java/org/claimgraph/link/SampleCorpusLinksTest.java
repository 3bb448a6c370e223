package org.claimgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.SampleStore;
import org.claimgraph.rdf.CG;
import org.claimgraph.validate.ShaclValidator;
import org.claimgraph.validate.ValidationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample corpus with the offline Wikidata graph loaded and the entities graph rebuilt. */
class SampleCorpusLinksTest {
    private static Dataset ds;
    private static EntityMerger.Summary summary;
    private static Graph entities;

    @BeforeAll
    static void build() {
        ds = copyOfSample();
        summary = EntityMerger.rebuild(ds);
        entities = Txn.calculateRead(ds, () -> copy(ds.asDatasetGraph().getGraph(EntityMerger.GRAPH)));
    }

    /** The shared fixture is read-only: work on an in-memory copy of its quads. */
    static Dataset copyOfSample() {
        Dataset sample = SampleStore.sample();
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(sample, () -> sample.asDatasetGraph().find().forEachRemaining(copy::add));
        return DatasetFactory.wrap(copy);
    }

    private static Graph copy(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEach(out::add);
        return out;
    }

    private static Node person(String slug) {
        return NodeFactory.createURI(CG.ID + "person/" + slug);
    }

    private static Set<String> strings(Node s, Node p) {
        Set<String> out = new TreeSet<>();
        entities.find(s, p, Node.ANY).forEach(t -> out.add(t.getObject().getLiteralLexicalForm()));
        return out;
    }

    @Test
    void zelenskyyIsOneLinkedNodeWithHisSurfaceForms() {
        Node z = person("volodymyr-zelenskyy");
        assertTrue(entities.contains(z, RDF.type.asNode(), CG.Person));
        assertEquals(Set.of("Volodymyr Zelenskyy"), strings(z, RDFS.label.asNode()));
        assertTrue(entities.contains(z, OWL.sameAs.asNode(), Wd.item("Q3874799")));
        Set<String> alts = strings(z, CG.skosAltLabel);
        assertTrue(alts.contains("Zelensky"), alts.toString());
        assertTrue(alts.contains("Volodymyr Zelensky"), alts.toString());
        assertFalse(alts.stream().anyMatch(a -> a.equalsIgnoreCase("he")), "pronouns are not names: " + alts);
        assertEquals(1, strings(z, CG.linkMethod).size());
        // Across articles: every statement by Zelenskyy in any article points at this one IRI.
        Set<Node> graphs = Txn.calculateRead(ds, () -> {
            Set<Node> g = new java.util.HashSet<>();
            ds.asDatasetGraph().find(Node.ANY, Node.ANY, CG.speaker, z).forEachRemaining(q -> g.add(q.getGraph()));
            return g;
        });
        assertTrue(graphs.size() >= 3, "Zelenskyy speaks in " + graphs.size() + " article graphs");
        // No other person node of the corpus is linked to his item.
        List<Node> same = entities.find(Node.ANY, OWL.sameAs.asNode(), Wd.item("Q3874799")).mapWith(Triple::getSubject).toList();
        assertEquals(List.of(z), same);
    }

    @Test
    void placesTheOfflineGraphKnowsAreLinkedAndLocated() {
        Node kyiv = NodeFactory.createURI(CG.ID + "place/kyiv");
        assertTrue(entities.contains(kyiv, OWL.sameAs.asNode(), Wd.item("Q1899")));
        assertEquals(Set.of("50.45"), strings(kyiv, CG.schemaLatitude));
        assertEquals(Set.of("30.52"), strings(kyiv, CG.schemaLongitude));
        // A country keeps the coordinates its article graphs already have: none added here.
        Node ukraine = NodeFactory.createURI(CG.ID + "country/ukraine");
        assertTrue(entities.contains(ukraine, OWL.sameAs.asNode(), Wd.item("Q212")));
        assertFalse(entities.contains(ukraine, CG.schemaLatitude, Node.ANY));
    }

    @Test
    void everyLinkIsToAnItemOfACompatibleClass() {
        Graph wd = WikidataGraph.shipped();
        Node p31 = Wd.P31_INSTANCE_OF;
        int links = 0;
        for (Triple t : entities.find(Node.ANY, OWL.sameAs.asNode(), Node.ANY).toList()) {
            String qid = Wd.qid(t.getObject());
            if (qid == null) {
                continue; // member owl:sameAs canonical
            }
            links++;
            Node type = entities.find(t.getSubject(), RDF.type.asNode(), Node.ANY).next().getObject();
            EntityKind kind = EntityKind.ofClass(type);
            assertNotNull(kind, t.toString());
            boolean ok = kind.classes().stream().anyMatch(c -> wd.contains(t.getObject(), p31, Wd.item(c)));
            assertTrue(ok, t.getSubject() + " (" + kind + ") linked to " + qid + " of another class");
        }
        assertTrue(links >= 10, "only " + links + " links");
        assertEquals(links, summary.linked());
    }

    @Test
    void unknownPeopleStayUnlinked() {
        // Antony Blinken is not in the offline graph: no link, no guess.
        Node blinken = person("antony-blinken");
        assertTrue(entities.contains(blinken, RDF.type.asNode(), CG.Person));
        assertFalse(entities.contains(blinken, OWL.sameAs.asNode(), Node.ANY));
        assertFalse(entities.contains(blinken, CG.linkMethod, Node.ANY));
    }

    @Test
    void rebuildingGivesIdenticalTriples() {
        Graph again = new EntityMerger(WikidataLinker.offline(ds)).computeGraph(ds);
        assertEquals(entities.size(), again.size());
        assertTrue(entities.isIsomorphicWith(again));
        // No blank nodes, so isomorphic means identical.
        assertFalse(entities.find().toList().stream().anyMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank()));
    }

    @Test
    void wholeStoreStillConforms() {
        ValidationResult r = new ShaclValidator().validate(ds);
        assertTrue(r.conforms(), r.violations().toString());
    }

    @Test
    void summaryCountsWhatWasWritten() {
        long canonical = entities.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList().size();
        assertEquals(summary.entities(), canonical);
        assertTrue(summary.nodes() >= summary.entities());
    }

    @Test
    void savedLinksQueryListsTheMergedEntities() {
        var q = org.claimgraph.query.QueryLibrary.builtIn().get("wikidata-links");
        var table = org.claimgraph.query.QueryRunner.local(ds).select(q, java.util.Map.of());
        List<String> labels = table.column("label");
        assertEquals(summary.entities(), labels.size());
        int z = labels.indexOf("Volodymyr Zelenskyy");
        assertTrue(z >= 0, labels.toString());
        assertEquals("Person", table.column("kind").get(z));
        assertEquals("http://www.wikidata.org/entity/Q3874799", table.column("item").get(z));
        assertEquals("President of Ukraine", table.column("description").get(z));
        assertTrue(table.column("otherNames").get(z).contains("Zelensky"), table.column("otherNames").get(z));
    }

    @Test
    void everyMentionOfZelenskyyReachesOneNodeAcrossArticles() {
        Node z = person("volodymyr-zelenskyy");
        Set<Node> graphs = new java.util.HashSet<>();
        Set<String> surfaces = new TreeSet<>();
        Txn.executeRead(ds, () -> ds.asDatasetGraph().find(Node.ANY, Node.ANY, CG.oaExact, Node.ANY).forEachRemaining(q -> {
            String surface = q.getObject().getLiteralLexicalForm();
            if (!surface.contains("Zelensk")) {
                return;
            }
            ds.asDatasetGraph().find(q.getGraph(), q.getSubject(), CG.mentionOf, Node.ANY).forEachRemaining(m -> {
                Node target = m.getObject();
                // The canonical node itself, or a spelling the merger joined to it.
                assertTrue(target.equals(z) || entities.contains(target, OWL.sameAs.asNode(), z), surface + " -> " + target);
                graphs.add(q.getGraph());
                surfaces.add(surface);
            });
        }));
        assertTrue(graphs.size() >= 3, "Zelenskyy mentioned in " + graphs.size() + " article graphs");
        assertTrue(surfaces.size() >= 2, surfaces.toString());
        // Surface forms of mentions become alternative labels of the canonical node; a pronoun does not.
        Set<String> alts = strings(z, CG.skosAltLabel);
        assertTrue(alts.contains("Zelensky"), alts.toString());
        assertFalse(alts.contains("his") || alts.contains("He"), alts.toString());
    }
}
