package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.DatabaseMgr;
import org.claimgraph.serve.DatasetOpener;
import org.claimgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * TDB2 never overwrites a block in place: every write transaction adds new copies of the blocks
 * it touched, so a store grows with each ingest. Compaction writes a fresh copy holding only the
 * live data and deletes the old one.
 */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compact a TDB2 store: keep only the live data, free the space old transactions used.",
                "Run it when nothing else uses the store (not while 'serve' runs on it)."})
public final class CompactCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/tdb2",
            description = "TDB2 database directory (default: ${DEFAULT-VALUE}).")
    Path db;

    @Override
    public Integer call() throws Exception {
        Dataset ds = DatasetOpener.openExisting(db);
        long before = TdbStore.allocatedBytes(db);
        DatabaseMgr.compact(ds.asDatasetGraph(), true);
        long after = TdbStore.allocatedBytes(db);
        spec.commandLine().getOut().printf("compact: %s from %d MB to %d MB (allocated file sizes)%n", db, before >> 20, after >> 20);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
