package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps CG.java, ontology/claimgraph.ttl, event-types.ttl and shapes.ttl consistent. */
class VocabularyTest {
    private static Graph ontology;
    private static Graph eventTypes;
    private static Graph shapes;

    @BeforeAll
    static void load() throws IOException {
        ontology = turtle("/ontology/claimgraph.ttl");
        eventTypes = turtle("/ontology/event-types.ttl");
        shapes = turtle("/ontology/shapes.ttl");
    }

    private static Graph turtle(String resource) throws IOException {
        try (InputStream in = VocabularyTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the classpath");
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        }
    }

    /** Every public static final Node constant of CG, by field name. */
    private static List<Field> nodeConstants() {
        List<Field> fields = new ArrayList<>();
        for (Field f : CG.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == Node.class) {
                fields.add(f);
            }
        }
        return fields;
    }

    @Test
    void everyConstantIsDeclaredInTheOntology() throws IllegalAccessException {
        List<Field> fields = nodeConstants();
        assertTrue(fields.size() >= 50, "found only " + fields.size() + " Node constants");
        Set<String> missing = new TreeSet<>();
        for (Field f : fields) {
            Node n = (Node) f.get(null);
            assertTrue(n.isURI(), f.getName() + " is not a URI");
            boolean typed = ontology.contains(n, RDF.type.asNode(), Node.ANY);
            boolean labelled = ontology.contains(n, RDFS.label.asNode(), Node.ANY);
            if (!typed || !labelled) {
                missing.add(f.getName() + " <" + n.getURI() + ">" + (typed ? "" : " no rdf:type") + (labelled ? "" : " no rdfs:label"));
            }
        }
        assertTrue(missing.isEmpty(), "declare these in ontology/claimgraph.ttl: " + missing);
    }

    @Test
    void everyCgTermHasLabelAndComment() {
        Set<String> bad = new TreeSet<>();
        int cgTerms = 0;
        for (Graph g : List.of(ontology, eventTypes)) {
            for (Node s : g.find().mapWith(Triple::getSubject).toSet()) {
                if (s.isURI() && s.getURI().startsWith(CG.NS)) {
                    cgTerms++;
                    if (!g.contains(s, RDFS.label.asNode(), Node.ANY)) {
                        bad.add(s.getLocalName() + " has no rdfs:label");
                    }
                    if (!g.contains(s, RDFS.comment.asNode(), Node.ANY)) {
                        bad.add(s.getLocalName() + " has no rdfs:comment");
                    }
                }
            }
        }
        assertTrue(cgTerms > 35, "only " + cgTerms + " cg: terms declared");
        assertTrue(bad.isEmpty(), bad.toString());
    }

    @Test
    void ontologyDeclaresOnlyTermsThatCgKnows() throws IllegalAccessException {
        // The other direction: a cg: term in the ontology but not in CG.java is probably a typo.
        Set<String> constants = new TreeSet<>();
        for (Field f : nodeConstants()) {
            constants.add(((Node) f.get(null)).getURI());
        }
        Set<String> extra = new TreeSet<>();
        ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(CG.NS) && !constants.contains(s.getURI())) {
                extra.add(s.getURI());
            }
        });
        assertTrue(extra.isEmpty(), "in claimgraph.ttl but not in CG.java: " + extra);
    }

    @Test
    void ontologyHeader() {
        Node onto = NodeFactory.createURI("https://claimgraph.org/ontology");
        assertTrue(ontology.contains(onto, RDF.type.asNode(), OWL.Ontology.asNode()));
        assertTrue(ontology.contains(onto, DCTerms.title.asNode(), Node.ANY));
        assertTrue(ontology.contains(onto, DCTerms.description.asNode(), Node.ANY));
        assertTrue(ontology.contains(onto, OWL.versionInfo.asNode(), Node.ANY));
        assertTrue(ontology.contains(onto, DCTerms.license.asNode(),
                NodeFactory.createURI("https://www.apache.org/licenses/LICENSE-2.0")));
    }

    @Test
    void propertiesHaveKindDomainAndRange() {
        Set<String> bad = new TreeSet<>();
        for (Node p : ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getSubject).toSet()) {
            if (!p.isURI() || !p.getURI().startsWith(CG.NS) || Character.isUpperCase(p.getLocalName().charAt(0))) {
                continue;
            }
            boolean kind = ontology.contains(p, RDF.type.asNode(), OWL.ObjectProperty.asNode())
                    || ontology.contains(p, RDF.type.asNode(), OWL.DatatypeProperty.asNode());
            if (!kind || !ontology.contains(p, RDFS.domain.asNode(), Node.ANY) || !ontology.contains(p, RDFS.range.asNode(), Node.ANY)) {
                bad.add(p.getLocalName());
            }
        }
        assertTrue(bad.isEmpty(), "properties without owl:Object/DatatypeProperty, domain or range: " + bad);
    }

    @Test
    void standardAlignments() {
        assertTrue(ontology.contains(CG.Article, RDFS.subClassOf.asNode(), NodeFactory.createURI(CG.SCHEMA + "NewsArticle")));
        assertTrue(ontology.contains(CG.Actor, RDFS.subClassOf.asNode(), NodeFactory.createURI(CG.PROV + "Agent")));
        assertTrue(ontology.contains(CG.Country, RDFS.subClassOf.asNode(), CG.Actor));
        assertTrue(ontology.contains(CG.Country, RDFS.subClassOf.asNode(), CG.Place));
        assertTrue(ontology.contains(CG.Event, RDFS.subClassOf.asNode(), NodeFactory.createURI(CG.SEM + "Event")));
        assertTrue(ontology.contains(CG.speaker, RDFS.subPropertyOf.asNode(), NodeFactory.createURI(CG.PROV + "wasAttributedTo")));
        assertTrue(ontology.contains(CG.participant, RDFS.subPropertyOf.asNode(), NodeFactory.createURI(CG.SEM + "hasActor")));
        assertTrue(ontology.contains(CG.cueText, RDF.type.asNode(), OWL.FunctionalProperty.asNode()));
        assertFalse(ontology.contains(CG.about, RDF.type.asNode(), OWL.FunctionalProperty.asNode()), "cg:about is 0..n");
    }

    @Test
    void shapesParseAndOnlyUseDeclaredTerms() {
        Shapes parsed = Shapes.parse(shapes);
        assertEquals(10, parsed.numRootShapes());
        // Any cg: IRI mentioned in the shapes must exist in the ontology (catches misspelt paths,
        // which SHACL would otherwise silently accept as constraints on a property nobody writes).
        Set<String> undeclared = new TreeSet<>();
        shapes.find().forEach(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(CG.NS) && !ontology.contains(n, RDF.type.asNode(), Node.ANY)) {
                    undeclared.add(n.getURI());
                }
            }
        });
        assertTrue(undeclared.isEmpty(), "used in shapes.ttl but not declared: " + undeclared);
    }

    @Test
    void eventTypesParseAsAConceptScheme() {
        Node skosConcept = NodeFactory.createURI(CG.SKOS + "Concept");
        Node inScheme = NodeFactory.createURI(CG.SKOS + "inScheme");
        Node prefLabel = NodeFactory.createURI(CG.SKOS + "prefLabel");
        Node definition = NodeFactory.createURI(CG.SKOS + "definition");
        Node altLabel = NodeFactory.createURI(CG.SKOS + "altLabel");
        Node scheme = CG.cg("EventTypes");
        assertTrue(eventTypes.contains(scheme, RDF.type.asNode(), NodeFactory.createURI(CG.SKOS + "ConceptScheme")));
        Set<Node> concepts = eventTypes.find(Node.ANY, RDF.type.asNode(), skosConcept).mapWith(Triple::getSubject).toSet();
        assertEquals(11, concepts.size());
        for (Node c : concepts) {
            assertTrue(c.getURI().startsWith("https://claimgraph.org/ontology/event-type#"), c.getURI());
            assertTrue(eventTypes.contains(c, inScheme, scheme), c.getURI());
            assertEquals(1, eventTypes.find(c, prefLabel, Node.ANY).toList().size(), c.getURI());
            assertTrue(eventTypes.contains(c, definition, Node.ANY), c.getURI());
            assertTrue(eventTypes.find(c, altLabel, Node.ANY).toList().size() >= 3, c.getURI());
        }
    }
}
