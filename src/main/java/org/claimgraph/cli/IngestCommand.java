package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.claimgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Articles into a TDB2 dataset, one named graph per article, each in its own transaction. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract attributions and load them into a TDB2 dataset, one named graph per article.",
                "A re-ingested article replaces exactly its graph (idempotent); each article is its own transaction.",
                "Exit code 0: all loaded; 3: some inputs were skipped (see messages); 1: failure."})
public final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Articles or directories of articles.")
    List<Path> inputs;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/tdb2",
            description = "TDB2 database directory, created if absent (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--threads", description = "Extraction threads (default: all cores).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = new Pipeline();
        Dataset ds = TdbStore.openOrCreate(db);
        try {
            TdbStore store = new TdbStore(ds, pipeline.mapper());
            store.loadOntology();
            Pipeline.Outcome outcome = pipeline.run(problems -> pipeline.reader().read(inputs, problems), store,
                    threads == null ? Pipeline.defaultThreads() : threads, err);
            TdbStore.Counts counts = store.counts();
            spec.commandLine().getOut().printf("ingest: %s; %s now holds %d article(s), %d statement(s)%n",
                    outcome.describe(), db, counts.articles(), counts.statements());
            spec.commandLine().getOut().flush();
            err.flush();
            return outcome.exitCode();
        } finally {
            ds.close();
        }
    }
}
