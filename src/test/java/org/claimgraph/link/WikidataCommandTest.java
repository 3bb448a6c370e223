package org.claimgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.SampleStore;
import org.claimgraph.cli.ExitCodes;
import org.claimgraph.cli.Main;
import org.claimgraph.rdf.CG;
import org.claimgraph.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `claimgraph wikidata ...` in-process; the online commands talk to a local Fuseki. */
class WikidataCommandTest {
    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    private static Graph updateSource() {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.source(WikidataCommandTest.class.getResourceAsStream(
                "/org/claimgraph/link/update-source.ttl")).lang(org.apache.jena.riot.Lang.TURTLE).parse(g);
        return g;
    }

    @Test
    void updateRunsTheSavedConstructPerCountryAndCachesIt(@TempDir Path dir) {
        Path out = dir.resolve("wikidata.ttl");
        Path cache = dir.resolve("cache");
        Run first;
        try (LocalWikidataServer server = LocalWikidataServer.start(updateSource())) {
            first = run("wikidata", "update", "--endpoint", server.sparqlUrl(), "--country", "Q212",
                    "--cache", cache.toString(), "--out", out.toString());
        }
        assertEquals(ExitCodes.OK, first.exit(), first.err());
        assertTrue(first.out().contains("(1 requests, 0 from cache)"), first.out());
        Graph g = WikidataGraph.read(out);
        Node testenko = Wd.item("Q9000000203");
        assertTrue(g.contains(testenko, RDFS.label.asNode(), NodeFactory.createLiteralLang("Olena Testenko", "en")));
        assertTrue(g.contains(testenko, Wd.P31_INSTANCE_OF, Wd.item(Wd.HUMAN)));
        assertTrue(g.contains(testenko, Wd.prop("P39"), Wd.item("Q9000000201")), "current minister with her post");
        assertFalse(g.contains(Wd.item("Q9000000204"), Node.ANY, Node.ANY), "former holders are not fetched");
        assertTrue(g.contains(Wd.item("Q3874799"), Wd.prop("P39"), Wd.item("Q9000000101")));
        assertTrue(g.contains(Wd.item("Q9000000101"), RDFS.label.asNode(), NodeFactory.createLiteralLang("President of Ukraine", "en")));
        assertFalse(g.contains(Wd.item("Q3874799"), RDFS.label.asNode(), NodeFactory.createLiteralLang("Wolodymyr Selenskyj", "de")));
        assertTrue(g.contains(Wd.item("Q1899"), Wd.P17_COUNTRY, Wd.item("Q212")));
        assertFalse(g.contains(Wd.item("Q9000000301"), Node.ANY, Node.ANY), "small towns are not fetched");
        // The shipped graph is part of the output: all countries are still there.
        assertEquals(250, g.find(Node.ANY, Wd.P31_INSTANCE_OF, Wd.item(Wd.COUNTRY)).toList().size());

        // Second run, server gone: answered from the cache.
        Run second = run("wikidata", "update", "--endpoint", urlOf(first), "--country", "Q212",
                "--cache", cache.toString(), "--out", dir.resolve("again.ttl").toString());
        assertEquals(ExitCodes.OK, second.exit(), second.err());
        assertTrue(second.out().contains("(0 requests, 1 from cache)"), second.out());
    }

    private static String urlOf(Run r) {
        // "wikidata update: N triples from URL (..." names the endpoint.
        String s = r.out().substring(r.out().indexOf(" from ") + 6);
        return s.substring(0, s.indexOf(' '));
    }

    @Test
    void updateNeedsSomewhereToWriteAndRealItemIds() {
        Run none = run("wikidata", "update");
        assertEquals(ExitCodes.USAGE, none.exit());
        assertTrue(none.err().contains("--out FILE and/or --db DIR"), none.err());
        Run bad = run("wikidata", "update", "--out", "x.ttl", "--country", "Ukraine");
        assertEquals(ExitCodes.USAGE, bad.exit());
        assertTrue(bad.err().contains("Q212"), bad.err());
    }

    @Test
    void linkRebuildsTheEntitiesGraphOfAStore(@TempDir Path dir) {
        Path db = dir.resolve("db");
        Dataset sample = SampleStore.sample();
        Dataset ds = TdbStore.openOrCreate(db);
        Txn.executeWrite(ds, () -> Txn.executeRead(sample,
                () -> sample.asDatasetGraph().find().forEachRemaining(ds.asDatasetGraph()::add)));
        ds.close();
        Run r = run("wikidata", "link", "--db", db.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().startsWith("wikidata link: "), r.out());
        assertTrue(r.out().contains("linked to Wikidata"), r.out());
        Dataset again = TdbStore.openOrCreate(db);
        try {
            boolean linked = Txn.calculateRead(again, () -> again.asDatasetGraph().contains(EntityMerger.GRAPH,
                    NodeFactory.createURI(CG.ID + "person/volodymyr-zelenskyy"), OWL.sameAs.asNode(), Wd.item("Q3874799")));
            assertTrue(linked);
            assertTrue(WikidataGraph.isLoaded(again));
        } finally {
            again.close();
        }
        Run badMode = run("wikidata", "link", "--db", db.toString(), "--wikidata", "sometimes");
        assertEquals(ExitCodes.USAGE, badMode.exit());
        assertTrue(badMode.err().contains("--wikidata must be offline or online"), badMode.err());
    }

    @Test
    void checkMeasuresLinkingOnGoldSpeakers(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        // Invented mini gold: three named speakers with ids, an unknown person, a group.
        Files.writeString(gold, String.join("\n",
                "{\"id\":\"g1\",\"text\":\"Zelensky said yes. Smith said no.\",\"attributions\":["
                        + "{\"source\":[[0,8]],\"cue\":[[9,13]],\"content\":[[14,17]],\"speaker\":\"Volodymyr Zelensky\",\"speaker_type\":\"Person\",\"wikidata\":\"Q3874799\"},"
                        + "{\"source\":[[19,24]],\"cue\":[[25,29]],\"content\":[[30,32]],\"speaker\":\"Jane Smithson\",\"speaker_type\":\"Person\"}]}",
                "{\"id\":\"g2\",\"text\":\"Ukraine said so. NATO agreed. Officials said no.\",\"attributions\":["
                        + "{\"source\":[[0,7]],\"cue\":[[8,12]],\"content\":[[13,15]],\"speaker\":\"Ukraine\",\"speaker_type\":\"Country\",\"wikidata\":\"Q212\"},"
                        + "{\"source\":[[17,21]],\"cue\":[[22,28]],\"content\":[[17,21]],\"speaker\":\"NATO\",\"speaker_type\":\"Organization\",\"wikidata\":\"Q7184\"},"
                        + "{\"source\":[[30,39]],\"cue\":[[40,44]],\"content\":[[45,47]],\"speaker\":\"Officials\",\"speaker_type\":\"UnnamedGroup\"}]}")
                + "\n");
        Run r = run("wikidata", "check", "--gold", gold.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().contains("4 distinct named speakers, 3 linked, 3 with a gold id (3 in the graph), 3 correct, 0 wrong;"
                + " accuracy on gold ids the graph knows: 1.000"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("Jane Smithson") && l.contains("NOT_FOUND")), r.out());
    }
}
