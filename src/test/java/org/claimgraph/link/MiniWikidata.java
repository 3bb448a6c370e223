package org.claimgraph.link;

import java.io.InputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** The test graph in Wikidata's shape (src/test/resources/org/claimgraph/link/mini-wikidata.ttl). */
final class MiniWikidata {
    private MiniWikidata() {}

    static Graph graph() {
        try (InputStream in = MiniWikidata.class.getResourceAsStream("/org/claimgraph/link/mini-wikidata.ttl")) {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
