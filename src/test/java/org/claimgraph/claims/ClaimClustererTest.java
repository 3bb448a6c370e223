package org.claimgraph.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.claimgraph.SampleStore;
import org.claimgraph.extract.Gazetteer;
import org.junit.jupiter.api.Test;

class ClaimClustererTest {
    private static final Gazetteer GAZETTEER = new Gazetteer();
    private static final String SPEAKER = "https://claimgraph.org/id/person/alexander-fomin";

    private static ClaimClusterer clusterer() {
        return new ClaimClusterer(ClaimClusterer.Options.defaults(), GAZETTEER::countryOfCapital);
    }

    private static ClaimClusterer.Item item(String id, String speaker, String text, String publisher) {
        return new ClaimClusterer.Item("https://claimgraph.org/id/statement/" + id, speaker, text,
                "https://claimgraph.org/id/article/" + id, publisher == null ? null : "https://claimgraph.org/id/publisher/" + publisher);
    }

    /** Paraphrases of one announcement (written for this test), a fuller report, and unrelated claims. */
    private static List<ClaimClusterer.Item> items() {
        return List.of(
                item("a/1", SPEAKER, "Russia would drastically reduce military activity near Kyiv and Chernihiv", "p1"),
                item("b/1", SPEAKER, "Moscow will radically reduce its military activity around Kyiv and Chernihiv", "p2"),
                item("c/1", SPEAKER, "Russia would reduce its military activity near Kyiv and Chernihiv to build trust, "
                        + "and a meeting of the two presidents was now possible", "p3"),
                item("d/1", SPEAKER, "talks on a neutral status for Ukraine had made progress", "p1"),
                item("e/1", "https://claimgraph.org/id/person/someone-else",
                        "Russia would drastically reduce military activity near Kyiv and Chernihiv", "p4"),
                item("f/1", "text:officials", "the convoy had reached the city", null));
    }

    @Test
    void paraphrasesBySameSpeakerFormOneClaimWithCounts() {
        ClaimClusterer.Summary s = clusterer().cluster(items());
        assertEquals(6, s.statements());
        assertEquals(4, s.claims(), s.clusters()::toString);
        ClaimClusterer.Cluster top = s.reportedBy(2).get(0);
        assertEquals(3, top.members().size());
        assertEquals(3, top.articles());
        assertEquals(3, top.publishers());
        assertEquals("https://claimgraph.org/id/statement/a/1", top.representative().statement());
        assertEquals(1, s.reportedBy(2).size(), "another speaker's identical words are another claim");
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        List<ClaimClusterer.Item> shuffled = new ArrayList<>(items());
        Collections.reverse(shuffled);
        assertEquals(clusterer().cluster(items()).clusters(), clusterer().cluster(shuffled).clusters());
    }

    @Test
    void similarityNeedsSharedWordsNotJustTheSpeaker() {
        ClaimText t = new ClaimText(GAZETTEER::countryOfCapital);
        ClaimClusterer c = clusterer();
        assertTrue(c.similar(t.features("Moscow would reduce activity near Kyiv"), t.features("Russia reduces activity near Kyiv")));
        assertFalse(c.similar(t.features("Russia would reduce activity near Kyiv"), t.features("the talks made progress on neutrality")));
        assertArrayEquals(new String[] {"russia", "reduc", "militari", "activ"}, t.words("Moscow is reducing the military activities"));
        assertEquals(0, t.features("the, and of").length);
    }

    @Test
    void minHashEstimatesJaccardAndIsDeterministic() {
        MinHash m = new MinHash(64, 2);
        long[] a = new long[100];
        long[] b = new long[100];
        for (int i = 0; i < 100; i++) {
            a[i] = ClaimText.hash("w" + i);
            b[i] = ClaimText.hash("w" + (i + 50)); // 50 shared of 150: Jaccard 1/3
        }
        java.util.Arrays.sort(a);
        java.util.Arrays.sort(b);
        assertEquals(1.0, MinHash.estimate(m.signature(a), m.signature(a)));
        assertEquals(1.0 / 3, MinHash.estimate(m.signature(a), m.signature(b)), 0.12);
        assertArrayEquals(m.signature(a), new MinHash(64, 2).signature(a));
    }

    @Test
    void sampleStoreHasOneClaimPerStatementAndFominsClaimAcrossFourPublishers() {
        Dataset ds = SampleStore.sample();
        List<String> rows = Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query("""
                    PREFIX cg: <https://claimgraph.org/ontology#>
                    SELECT ?st (COUNT(?c) AS ?n) WHERE { GRAPH ?g { ?st a cg:Statement } OPTIONAL { ?st cg:claim ?c } }
                    GROUP BY ?st HAVING (COUNT(?c) != 1)""").build()) {
                List<String> out = new ArrayList<>();
                qe.execSelect().forEachRemaining(s -> out.add(s.toString()));
                return out;
            }
        });
        assertEquals(List.of(), rows, "every statement has exactly one claim after clustering");
        String counts = Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query("""
                    PREFIX cg: <https://claimgraph.org/ontology#>
                    SELECT ?a ?p WHERE { GRAPH <https://claimgraph.org/graph/claims> {
                      ?c cg:claimText "Russia would drastically reduce military activity near Kyiv and Chernihiv" ;
                         cg:articleCount ?a ; cg:publisherCount ?p } }""").build()) {
                var s = qe.execSelect().next();
                return s.getLiteral("a").getInt() + "/" + s.getLiteral("p").getInt();
            }
        });
        assertEquals("4/4", counts);
    }
}
