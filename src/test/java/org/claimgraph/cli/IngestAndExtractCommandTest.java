package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimgraph.store.TdbStore;
import org.claimgraph.rdf.ArticleMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The batch commands end to end, in-process, on small batches with good and bad inputs. */
class IngestAndExtractCommandTest {
    static final String GOOD = """
            ---
            id: good-one
            title: Ministers meet
            date: 2022-03-30
            publisher: Test Wire
            ---
            Ukrainian Foreign Minister Dmytro Kuleba said on Tuesday that the talks in Istanbul were useful.
            "We will keep talking," Kuleba told reporters.
            """;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void ingestIsIdempotentAndBadInputIsReportedAndSkipped(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("good.md"), GOOD);
        Files.write(corpus.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5});
        Files.writeString(corpus.resolve("feed.jsonl"), "{\"id\":\"j1\",\"date\":\"2022-03-29\",\"text\":"
                + "\"Kremlin spokesman Dmitry Peskov said the talks were constructive.\"}\n{not json\n");
        Path db = dir.resolve("db");

        Run first = run("ingest", corpus.toString(), "--db", db.toString());
        assertEquals(ExitCodes.PARTIAL, first.exit(), first.err());
        assertTrue(first.err().contains("binary.txt"), first.err());
        assertTrue(first.err().contains("feed.jsonl:2"), first.err());
        TdbStore.Counts before = counts(db);
        assertEquals(2, before.articles());
        assertTrue(before.statements() >= 3, "Kuleba twice and Peskov once");

        Run again = run("ingest", corpus.toString(), "--db", db.toString());
        assertEquals(ExitCodes.PARTIAL, again.exit());
        assertEquals(before, counts(db), "re-ingesting replaces each article's graph: counts do not grow");

        Files.delete(corpus.resolve("binary.txt"));
        Files.writeString(corpus.resolve("feed.jsonl"), "{\"id\":\"j1\",\"date\":\"2022-03-29\",\"text\":"
                + "\"Nothing was said today about the talks in any way.\"}\n");
        Run fixed = run("ingest", corpus.toString(), "--db", db.toString());
        assertEquals(ExitCodes.OK, fixed.exit(), fixed.err());
        TdbStore.Counts after = counts(db);
        assertEquals(2, after.articles());
        assertEquals(before.statements() - 1, after.statements(), "j1's graph was replaced, not added to");
    }

    @Test
    void compactKeepsTheDataAndReportsSizes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("good.md");
        Files.writeString(file, GOOD);
        Path db = dir.resolve("db");
        assertEquals(ExitCodes.OK, run("ingest", file.toString(), "--db", db.toString()).exit());
        assertEquals(ExitCodes.OK, run("ingest", file.toString(), "--db", db.toString()).exit());
        TdbStore.Counts before = counts(db);
        Run r = run("compact", "--db", db.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().matches("(?s)compact: .* from \\d+ MB to \\d+ MB.*"), r.out());
        assertEquals(before, counts(db), "compaction keeps every quad");
        assertTrue(Files.isDirectory(db.resolve("Data-0002")) && !Files.exists(db.resolve("Data-0001")),
                "a new generation replaced the old one");
    }

    @Test
    void extractStreamsEachFormat(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("good.md");
        Files.writeString(file, GOOD);
        for (String format : new String[] {"trig", "nquads", "turtle"}) {
            Path out = dir.resolve("out." + format);
            Run r = run("extract", file.toString(), "-o", out.toString(), "--format", format);
            assertEquals(ExitCodes.OK, r.exit(), r.err());
            Dataset ds = DatasetFactory.create();
            RDFParser.source(out).lang(format.equals("trig") ? Lang.TRIG : format.equals("nquads") ? Lang.NQUADS : Lang.TURTLE)
                    .parse(ds.asDatasetGraph());
            long statements = ds.asDatasetGraph().stream(null, null,
                    org.apache.jena.vocabulary.RDF.type.asNode(), org.claimgraph.rdf.CG.Statement).count();
            assertEquals(2, statements, format);
        }
        Path out = dir.resolve("out.jsonld");
        assertEquals(ExitCodes.OK, run("extract", file.toString(), "-o", out.toString(), "--format", "jsonld").exit());
        var lines = Files.readAllLines(out);
        assertEquals(1, lines.size(), "one JSON-LD document per article per line");
        Dataset ds = DatasetFactory.create();
        RDFParser.source(new ByteArrayInputStream(lines.get(0).getBytes(StandardCharsets.UTF_8))).lang(Lang.JSONLD)
                .parse(ds.asDatasetGraph());
        assertFalse(ds.asDatasetGraph().isEmpty());
    }

    @Test
    void unknownFormatIsAUsageError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("good.md");
        Files.writeString(file, GOOD);
        Run r = run("extract", file.toString(), "--format", "xml");
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.err().contains("unknown --format 'xml'"), r.err());
    }

    @Test
    void missingInputIsReportedByName(@TempDir Path dir) {
        Run r = run("extract", dir.resolve("nope.md").toString(), "-o", dir.resolve("o.trig").toString());
        assertEquals(ExitCodes.PARTIAL, r.exit());
        assertTrue(r.err().contains("nope.md"), r.err());
    }

    private static TdbStore.Counts counts(Path db) {
        Dataset ds = TDB2Factory.connectDataset(db.toString());
        return new TdbStore(ds, new ArticleMapper("t", n -> java.util.Optional.empty())).counts();
    }
}
