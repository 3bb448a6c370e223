package org.claimgraph.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.CG;

/**
 * The offline Wikidata graph shipped in the jar, and the named graph of the store that holds it.
 * Kept in its own graph so that it can be replaced (by a newer build or by {@code claimgraph
 * wikidata update}) without touching article data, and so that queries can tell Wikidata facts
 * from extracted ones.
 */
public final class WikidataGraph {
    private WikidataGraph() {}

    public static final String GRAPH_IRI = CG.GRAPH + "wikidata";
    public static final Node GRAPH = NodeFactory.createURI(GRAPH_IRI);
    public static final String RESOURCE = "/org/claimgraph/wikidata/offline.ttl";

    /** The shipped offline graph, parsed. */
    public static Graph shipped() {
        try (InputStream in = WikidataGraph.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** A Wikidata-shaped graph from a Turtle/N-Triples/... file, e.g. one written by {@code wikidata update}. */
    public static Graph read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        try {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(file).parse(g);
            return g;
        } catch (RiotException e) {
            throw new IllegalArgumentException(file + ": not valid RDF: " + e.getMessage(), e);
        }
    }

    /** Replaces the store's Wikidata graph with the shipped offline graph, in one write transaction. */
    public static void loadInto(Dataset dataset) {
        replace(dataset, shipped());
    }

    /** Replaces the store's Wikidata graph with {@code graph}. */
    public static void replace(Dataset dataset, Graph graph) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
            graph.find().forEach(t -> dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    /** Adds {@code graph} to the store's Wikidata graph (triples already there stay). */
    public static void addTo(Dataset dataset, Graph graph) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            graph.find().forEach(t -> dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    /** True when the store already holds a Wikidata graph. */
    public static boolean isLoaded(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().contains(GRAPH, Node.ANY, Node.ANY, Node.ANY));
    }
}
