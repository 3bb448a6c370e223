package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.claimgraph.query.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetOpenerTest {
    @Test
    void openExistingTurnsOnUnionDefaultGraph(@TempDir Path tmp) {
        Path dir = tmp.resolve("db");
        Dataset writer = TDB2Factory.connectDataset(dir.toString());
        Txn.executeWrite(writer, () -> RDFParser.fromString(SampleData.TRIG, Lang.TRIG).parse(writer));
        assertEquals(0, countStatementsInDefaultGraph(writer), "plain TDB2: default graph is its own graph");
        TDBInternal.expel(writer.asDatasetGraph()); // forget the cached connection, as a new process would

        Dataset ds = DatasetOpener.openExisting(dir);
        try {
            assertEquals(4, countStatementsInDefaultGraph(ds));
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    @Test
    void refusesMissingOrNonTdbDirectories(@TempDir Path tmp) throws Exception {
        var missing = assertThrows(IllegalArgumentException.class, () -> DatasetOpener.openExisting(tmp.resolve("x")));
        assertTrue(missing.getMessage().startsWith("no TDB2 database at "), missing.getMessage());
        Files.writeString(tmp.resolve("note.txt"), "not a database");
        var notTdb = assertThrows(IllegalArgumentException.class, () -> DatasetOpener.openExisting(tmp));
        assertEquals(tmp + " is not a TDB2 database (no Data-NNNN directory inside)", notTdb.getMessage());
    }

    private static int countStatementsInDefaultGraph(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds)
                    .query("SELECT (COUNT(*) AS ?n) { ?s a <https://claimgraph.org/ontology#Statement> }").build()) {
                return qe.execSelect().next().getLiteral("n").getInt();
            }
        });
    }
}
