package org.claimgraph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * Runs queries against one graph held locally: the store's Wikidata named graph (queried as the
 * default graph, so the query text is the same as for the public service) or an in-memory graph.
 */
public final class LocalEndpoint implements SparqlEndpoint {
    private final Dataset dataset;
    private final Node graphName;
    private final Graph graph;

    private LocalEndpoint(Dataset dataset, Node graphName, Graph graph) {
        this.dataset = dataset;
        this.graphName = graphName;
        this.graph = graph;
    }

    /** The Wikidata graph of a store (see {@link WikidataGraph#loadInto}). */
    public static LocalEndpoint wikidataGraphOf(Dataset dataset) {
        return new LocalEndpoint(dataset, WikidataGraph.GRAPH, null);
    }

    /** An in-memory graph, e.g. {@link WikidataGraph#shipped()}. */
    public static LocalEndpoint of(Graph graph) {
        return new LocalEndpoint(null, null, graph);
    }

    @Override
    public List<Map<String, Node>> select(String query) {
        return read(dsg -> {
            List<Map<String, Node>> rows = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                RowSet rs = exec.select();
                while (rs.hasNext()) {
                    Binding b = rs.next();
                    Map<String, Node> row = new HashMap<>();
                    b.forEach((v, n) -> row.put(v.getVarName(), n));
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    @Override
    public Graph construct(String query) {
        return read(dsg -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                Graph out = GraphFactory.createDefaultGraph();
                exec.construct(out);
                return out;
            }
        });
    }

    private <T> T read(java.util.function.Function<DatasetGraph, T> action) {
        if (dataset == null) {
            return action.apply(DatasetGraphFactory.wrap(graph));
        }
        return Txn.calculateRead(dataset,
                () -> action.apply(DatasetGraphFactory.wrap(dataset.asDatasetGraph().getGraph(graphName))));
    }

    @Override
    public String describe() {
        return dataset == null ? "in-memory Wikidata graph" : "offline Wikidata graph <" + graphName.getURI() + ">";
    }
}
