package org.claimgraph.link;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Where the linker's SPARQL goes: the store's local Wikidata graph (offline) or a remote query
 * service (online). Both run the very same query text, so offline and online linking are one code
 * path and differ only in the data behind it.
 */
public interface SparqlEndpoint {
    /** Rows of a SELECT query, each a map from variable name to value (unbound variables absent). */
    List<Map<String, Node>> select(String query);

    /** The graph a CONSTRUCT query builds. */
    Graph construct(String query);

    /** For messages: "offline graph", "https://query.wikidata.org/sparql". */
    String describe();
}
