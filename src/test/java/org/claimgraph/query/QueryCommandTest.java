package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.claimgraph.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The 'queries' and 'query' commands, run in-process against a TDB2 database on disk. */
class QueryCommandTest {
    @TempDir
    static Path tmp;
    private static Path db;
    private static Dataset onDisk;

    @BeforeAll
    static void createDatabase() {
        db = tmp.resolve("tdb2");
        // Loaded without the union setting: the command must turn it on itself.
        onDisk = TDB2Factory.connectDataset(db.toString());
        Txn.executeWrite(onDisk, () -> RDFParser.fromString(SampleData.TRIG, Lang.TRIG).parse(onDisk));
    }

    @AfterAll
    static void release() {
        TDBInternal.expel(onDisk.asDatasetGraph());
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void listsQueriesAsAlignedTable() {
        Run r = run("queries");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("NAME +TITLE +PARAMS"), lines.get(0));
        int titleColumn = lines.get(0).indexOf("TITLE");
        int paramsColumn = lines.get(0).indexOf("PARAMS");
        String who = lines.stream().filter(l -> l.startsWith("who-said-what ")).findFirst().orElseThrow();
        assertEquals(titleColumn, who.indexOf("Who said what"), who);
        assertEquals(paramsColumn, who.indexOf("speakerName (string, optional)"), who);
        String place = lines.stream().filter(l -> l.startsWith("statements-about-place ")).findFirst().orElseThrow();
        assertTrue(place.endsWith("placeName (string, required)"), place);
        String country = lines.stream().filter(l -> l.startsWith("statements-by-country ")).findFirst().orElseThrow();
        assertEquals('-', country.charAt(paramsColumn), country);
        assertEquals(QueryLibrary.builtIn().all().size() + 1, lines.size());
    }

    @Test
    void longListingShowsDescriptions() {
        Run r = run("queries", "--long");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("    --param minArticles=VALUE  minArticles (integer, optional): Only claims"), r.out());
    }

    @Test
    void runsSavedQueryWithParamAsCsv() {
        Run r = run("query", "actor-timeline", "--db", db.toString(), "--param", "actorName=Antony Blinken",
                "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("date,dateSource,cue,content,headline,publisher,published,statement", lines.get(0));
        assertEquals(3, lines.size(), r.out());
        assertTrue(lines.get(1).startsWith("2022-03-29,statement (explicit),said,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("2022-03-31,article,told,"), lines.get(2));
    }

    @Test
    void defaultFormatIsTable() {
        Run r = run("query", "statements-by-country", "--db", db.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("| \"United States\" | 2 "), r.out());
    }

    @Test
    void runsQueryFile() throws Exception {
        Path file = tmp.resolve("count.rq");
        Files.writeString(file, "# title: Count\n# description: Statements.\n"
                + "SELECT (COUNT(*) AS ?n) { ?s a <https://claimgraph.org/ontology#Statement> }\n");
        Run r = run("query", file.toString(), "--db", db.toString(), "--format", "tsv");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("?n", "4"), r.out().lines().toList());
    }

    @Test
    void badParamValueIsUsageError() {
        Run r = run("query", "claim-articles", "--db", db.toString(), "--param", "minArticles=abc");
        assertEquals(2, r.exit());
        assertEquals("claimgraph query: param minArticles: 'abc' is not an integer", r.err().strip());
    }

    @Test
    void unknownAndMissingParamsAreUsageErrors() {
        Run unknown = run("query", "who-said-what", "--db", db.toString(), "--param", "who=x");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("has no param 'who'; declared: speakerName (string, optional)"), unknown.err());
        Run missing = run("query", "statements-about-place", "--db", db.toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("needs param placeName (string, required)"), missing.err());
        Run noSuchQuery = run("query", "nope", "--db", db.toString());
        assertEquals(2, noSuchQuery.exit());
        assertTrue(noSuchQuery.err().contains("no saved query named 'nope'"), noSuchQuery.err());
    }

    @Test
    void badFormatAndBothTargetsAreUsageErrors() {
        assertEquals(2, run("query", "who-said-what", "--db", db.toString(), "--format", "xml").exit());
        assertEquals(2, run("query", "who-said-what", "--db", db.toString(), "--endpoint", "http://localhost:1/x").exit());
    }

    @Test
    void missingDatabaseIsFailureWithClearMessage() {
        Path absent = tmp.resolve("absent");
        Run r = run("query", "who-said-what", "--db", absent.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no TDB2 database at " + absent), r.err());
        assertTrue(Files.notExists(absent), "must not create a database");
    }

    @Test
    void directoryThatIsNotTdb2IsRefused() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Run r = run("query", "who-said-what", "--db", empty.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("is not a TDB2 database"), r.err());
        try (var entries = Files.list(empty)) {
            assertEquals(0, entries.count(), "must not create a database");
        }
    }
}
