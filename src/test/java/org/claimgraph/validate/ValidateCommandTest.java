package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimgraph.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code claimgraph validate} in-process, as a user would. */
class ValidateCommandTest {
    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path write(String name, DatasetGraph data, Lang lang) throws IOException {
        Path f = tmp.resolve(name);
        try (var os = Files.newOutputStream(f)) {
            RDFDataMgr.write(os, data, lang);
        }
        return f;
    }

    @Test
    void validTrigFileConforms() throws IOException {
        Path f = write("good.trig", Fixtures.valid(), Lang.TRIG);
        Run r = run("validate", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("OK: \\d+ triples conform to ontology/shapes.ttl\\R"), r.out());
    }

    @Test
    void validNQuadsFileConforms() throws IOException {
        Path f = write("good.nq", Fixtures.valid(), Lang.NQUADS);
        assertEquals(0, run("validate", f.toString()).exit());
    }

    @Test
    void validJsonLdFileConforms() throws IOException {
        Path f = write("good.jsonld", Fixtures.valid(), Lang.JSONLD);
        Run r = run("validate", f.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
    }

    @Test
    void gzippedFileWithViolation() throws IOException {
        DatasetGraph bad = Fixtures.validWith("DELETE WHERE { GRAPH ?g { <statement/t1/1> cg:direct ?x } }");
        Path f = tmp.resolve("bad.nq.gz");
        try (var os = new java.util.zip.GZIPOutputStream(Files.newOutputStream(f))) {
            RDFDataMgr.write(os, bad, Lang.NQUADS);
        }
        Run r = run("validate", f.toString());
        assertEquals(3, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("— cg:direct — "), r.out());
    }

    @Test
    void fileWithViolationExitsThreeAndPrintsIt() throws IOException {
        DatasetGraph bad = Fixtures.validWith("DELETE WHERE { GRAPH ?g { <statement/t1/1> cg:cueText ?x } }");
        Path f = write("bad.trig", bad, Lang.TRIG);
        Run r = run("validate", f.toString());
        assertEquals(3, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("<" + Fixtures.STATEMENT_1 + "> — cg:cueText — A statement needs exactly one cg:cueText"), r.out());
        assertTrue(r.out().contains("1 violation of ontology/shapes.ttl in "), r.out());
    }

    @Test
    void turtleFileIsValidatedAsOneGraph() throws IOException {
        // A .ttl file has no named graphs: everything lands in the default graph, which is validated.
        DatasetGraph bad = Fixtures.validWith("DELETE WHERE { GRAPH ?g { <statement/t1/1> cg:cueLemma ?x } }");
        Path f = tmp.resolve("bad.ttl");
        try (var os = Files.newOutputStream(f)) {
            RDFDataMgr.write(os, bad.getUnionGraph(), Lang.TURTLE);
        }
        Run r = run("validate", f.toString());
        assertEquals(3, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("cg:cueLemma"), r.out());
    }

    @Test
    void limitCapsPrintedLinesButNotTheCount() throws IOException {
        DatasetGraph bad = Fixtures.validWith("DELETE WHERE { GRAPH ?g { ?s cg:cueText ?x } }");
        Path f = write("bad3.trig", bad, Lang.TRIG);
        Run r = run("validate", "--limit", "1", f.toString());
        assertEquals(3, r.exit());
        assertEquals(1, r.out().lines().filter(l -> l.contains(" — cg:cueText — ")).count(), r.out());
        assertTrue(r.out().contains("... and 2 more"), r.out());
        assertTrue(r.out().contains("3 violations of ontology/shapes.ttl"), r.out());
    }

    @Test
    void missingFileExitsOneNamingIt() {
        Path missing = tmp.resolve("nope.trig");
        Run r = run("validate", missing.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(missing.toString()), r.err());
        assertTrue(r.err().contains("no such file"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void unparseableFileExitsOneWithLineNumber() throws IOException {
        Path f = tmp.resolve("broken.ttl");
        Files.writeString(f, "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b .\nex:d ex:e ex:f .\n");
        Run r = run("validate", f.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(f + ":3:"), r.err()); // the statement with no object
    }

    @Test
    void unknownExtensionExitsOne() throws IOException {
        Path f = tmp.resolve("data.txt");
        Files.writeString(f, "hello");
        Run r = run("validate", f.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(f.toString()) && r.err().contains("extension"), r.err());
    }

    @Test
    void tdb2DatabaseIsValidated() {
        Path dir = tmp.resolve("tdb2");
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        Txn.executeWrite(ds, () -> Fixtures.valid().find().forEachRemaining(q -> ds.asDatasetGraph().add(q)));
        Run ok = run("validate", "--db", dir.toString());
        assertEquals(0, ok.exit(), ok.out() + ok.err());
        assertTrue(ok.out().startsWith("OK: "), ok.out());

        Txn.executeWrite(ds, () -> org.apache.jena.update.UpdateAction.parseExecute(
                Fixtures.PREFIXES + "DELETE WHERE { GRAPH ?g { <claim/c0ffee01> cg:claimText ?t } }", ds));
        Run bad = run("validate", "--db", dir.toString());
        assertEquals(3, bad.exit(), bad.out() + bad.err());
        assertTrue(bad.out().contains("— cg:claimText — A claim needs exactly one cg:claimText"), bad.out());
    }

    @Test
    void missingDatabaseIsNotCreated() {
        Path dir = tmp.resolve("no-such-db");
        Run r = run("validate", "--db", dir.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(dir.toString()), r.err());
        assertFalse(Files.exists(dir), "validate must not create a database");
    }

    @Test
    void directoryThatIsNotTdb2IsRejected() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("empty"));
        Run r = run("validate", "--db", dir.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("not a TDB2 database"), r.err());
        try (var entries = Files.list(dir)) {
            assertEquals(0, entries.count(), "validate must not write into the directory");
        }
    }

    @Test
    void dbAndFileTogetherIsAUsageError() {
        Run r = run("validate", "--db", tmp.toString(), tmp.resolve("x.trig").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("not both"), r.err());
    }

    @Test
    void helpListsExitCodes() {
        Run r = run("validate", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("--db=DIR") && r.out().contains("Exit codes:") && r.out().contains("3"), r.out());
    }
}
