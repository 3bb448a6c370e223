package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.claimgraph.claims.ClaimClusterer;
import org.claimgraph.store.TdbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph claims}: re-clusters the statements of a store into claims across articles. */
@Command(name = "claims",
        mixinStandardHelpOptions = true,
        description = {
                "Groups the statements of a TDB2 database into claims: same speaker, same proposition",
                "(paraphrases and different quotations included), across articles and publishers.",
                "Replaces the graph https://claimgraph.org/graph/claims. Ingest and demo do this already;",
                "run it by hand after loading data some other way, or with --report to see the clusters."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:claims written",
                "1:the database could not be read or written",
                "2:usage error"})
public final class ClaimsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 database directory (default: data/tdb2).")
    Path db;

    @Option(names = "--report", description = "Print every claim reported by more than one article.")
    boolean report;

    @Override
    public Integer call() {
        Path dir = db == null ? ValidateCommand.DEFAULT_DB : db;
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(dir) || !hasData(dir)) {
            spec.commandLine().getErr().println("claimgraph claims: " + dir
                    + " is not a TDB2 database (build one with 'claimgraph ingest' or pass --db DIR)");
            return ExitCodes.FAILURE;
        }
        Dataset ds = TdbStore.openOrCreate(dir);
        try {
            ClaimClusterer.Summary s = ClaimClusterer.recluster(ds);
            List<ClaimClusterer.Cluster> multi = s.reportedBy(2);
            out.printf("%d statements → %d claims (%d reported by 2+ articles); %d candidate pairs, %d merges%n",
                    s.statements(), s.claims(), multi.size(), s.candidatePairs(), s.mergedPairs());
            if (report) {
                out.println("articles\tpublishers\tstatements\tspeaker\tclaim");
                for (ClaimClusterer.Cluster c : multi) {
                    out.printf("%d\t%d\t%d\t%s\t%s%n", c.articles(), c.publishers(), c.members().size(),
                            c.representative().speaker(), c.text());
                }
            }
            out.flush();
            return ExitCodes.OK;
        } finally {
            ds.close();
        }
    }

    private static boolean hasData(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
