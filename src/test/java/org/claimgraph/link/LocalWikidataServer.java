package org.claimgraph.link;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * A real Fuseki server on a free loopback port serving a graph in Wikidata's shape as its default
 * graph at /wikidata/sparql: stands in for the public query service, so online code paths run
 * over HTTP without the internet.
 */
final class LocalWikidataServer implements AutoCloseable {
    private final FusekiServer server;

    private LocalWikidataServer(FusekiServer server) {
        this.server = server;
    }

    static LocalWikidataServer start(Graph wikidata) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.executeWrite(() -> wikidata.find().forEach(t -> dsg.getDefaultGraph().add(t)));
        FusekiServer server = FusekiServer.create().port(0).loopback(true).add("/wikidata", dsg, false).build();
        server.start();
        return new LocalWikidataServer(server);
    }

    String sparqlUrl() {
        return "http://localhost:" + server.getHttpPort() + "/wikidata/sparql";
    }

    @Override
    public void close() {
        server.stop();
    }
}
