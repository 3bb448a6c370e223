package org.claimgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimgraph.link.WikidataLinker.Outcome;
import org.claimgraph.link.WikidataLinker.Request;
import org.claimgraph.link.WikidataLinker.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The online code path over HTTP, against a local Fuseki standing in for the public service. */
class OnlineLinkingTest {
    private static final List<Request> REQUESTS = List.of(
            new Request("Volodymyr Zelensky", EntityKind.PERSON, null),
            new Request("Kiev", EntityKind.PLACE, null),
            new Request("Moscow", EntityKind.PLACE, "Q159"),
            new Request("John Smith", EntityKind.PERSON, null),
            new Request("Moscow", EntityKind.PERSON, null));

    @Test
    void linksOverHttpAndASecondRunMakesNoRequests(@TempDir Path cache) throws IOException {
        Map<Request, Outcome> first;
        String url;
        try (LocalWikidataServer server = LocalWikidataServer.start(MiniWikidata.graph())) {
            url = server.sparqlUrl();
            RemoteEndpoint endpoint = new RemoteEndpoint(URI.create(url), cache, false);
            first = WikidataLinker.online(endpoint).link(REQUESTS);
            assertEquals(2, endpoint.requests(), "one query per kind in the batch");
            assertEquals(0, endpoint.cacheHits());
        }
        assertEquals("Q3874799", first.get(REQUESTS.get(0)).link().qid());
        assertEquals("online-label", first.get(REQUESTS.get(0)).link().method());
        assertEquals("Q1899", first.get(REQUESTS.get(1)).link().qid());
        assertEquals("Q649", first.get(REQUESTS.get(2)).link().qid());
        assertEquals(Status.AMBIGUOUS, first.get(REQUESTS.get(3)).status());
        assertEquals(Status.WRONG_TYPE, first.get(REQUESTS.get(4)).status());
        try (var files = Files.list(cache)) {
            assertEquals(2, files.count());
        }
        // The server is gone: the same run must be answered entirely from the cache.
        RemoteEndpoint offlineNow = new RemoteEndpoint(URI.create("http://localhost:9/unreachable/sparql"), cache, false);
        RemoteEndpoint sameUrl = new RemoteEndpoint(URI.create(url), cache, false);
        assertThrows(RuntimeException.class, () -> WikidataLinker.online(offlineNow).link(REQUESTS),
                "the cache is per endpoint, so another URL is not answered from it");
        Map<Request, Outcome> second = WikidataLinker.online(sameUrl).link(REQUESTS);
        assertEquals(0, sameUrl.requests());
        assertEquals(2, sameUrl.cacheHits());
        assertEquals(first, second);
    }

    @Test
    void offlineAndOnlineAgreeOnTheSameGraph() {
        WikidataLinker offline = new WikidataLinker(LocalEndpoint.of(MiniWikidata.graph()), WikidataLinker.OFFLINE);
        try (LocalWikidataServer server = LocalWikidataServer.start(MiniWikidata.graph())) {
            WikidataLinker online = WikidataLinker.online(new RemoteEndpoint(URI.create(server.sparqlUrl()), null, false));
            Map<Request, Outcome> a = offline.link(REQUESTS);
            Map<Request, Outcome> b = online.link(REQUESTS);
            for (Request r : REQUESTS) {
                assertEquals(a.get(r).status(), b.get(r).status(), r.toString());
                assertEquals(a.get(r).candidates(), b.get(r).candidates(), r.toString());
            }
        }
    }

    @Test
    void httpErrorsNameTheEndpointAndStatus() {
        try (LocalWikidataServer server = LocalWikidataServer.start(MiniWikidata.graph())) {
            String wrong = server.sparqlUrl().replace("/wikidata/", "/nothing-here/");
            RemoteEndpoint endpoint = new RemoteEndpoint(URI.create(wrong), null, false);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> endpoint.select("SELECT * { ?s ?p ?o } LIMIT 1"));
            assertTrue(e.getMessage().startsWith(wrong + " answered HTTP 404"), e.getMessage());
        }
    }
}
