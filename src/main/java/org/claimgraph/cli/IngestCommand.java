package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.claimgraph.store.RemoteStore;
import org.claimgraph.store.TdbStore;
import org.claimgraph.claims.ClaimClusterer;
import org.claimgraph.link.EntityMerger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Articles into a TDB2 dataset, or into a remote Fuseki over the Graph Store Protocol; one named
 * graph per article either way, replaced on re-ingest.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract attributions and load them, one named graph per article, replaced on re-ingest.",
                "Into a TDB2 directory (--db), or into a Fuseki someone already runs (--endpoint"
                + " http://HOST:PORT/DATASET, SPARQL Graph Store Protocol, retried on transient failures).",
                "Each article's graph is replaced whole or not at all (articles ready together share a commit)."
                + " Afterwards (TDB2) the corpus-level graphs are rebuilt: entities (one node per entity, linked"
                + " to Wikidata, offline unless --wikidata online) and claims across articles.",
                "Exit code 0: all loaded; 3: some inputs were skipped (see messages); 1: failure."})
public final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Articles or directories of articles.")
    List<Path> inputs;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/tdb2",
            description = "TDB2 database directory, created if absent (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Load into this remote dataset instead of --db, e.g. http://localhost:3030/ds"
                    + " (the dataset must accept Graph Store writes, e.g. Fuseki with --update).")
    String endpoint;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "With --endpoint: HTTP basic auth with the first 'user: password' line of FILE.")
    Path passwordFile;

    @Option(names = "--threads", description = "Extraction threads (default: all cores).")
    Integer threads;

    @Mixin
    FilterOptions filterOptions = new FilterOptions();

    @Mixin
    WikidataOptions wikidata;

    @Override
    public Integer call() throws Exception {
        boolean dbGiven = spec.commandLine().getParseResult().hasMatchedOption("--db");
        if (endpoint != null && dbGiven) {
            throw new ParameterException(spec.commandLine(), "give either --db or --endpoint, not both");
        }
        if (passwordFile != null && endpoint == null) {
            throw new ParameterException(spec.commandLine(), "--password-file is for --endpoint");
        }
        return endpoint != null ? toRemote() : toTdb();
    }

    private Integer toTdb() throws Exception {
        Pipeline pipeline = Pipeline.of(filterOptions);
        Dataset ds = TdbStore.openOrCreate(db);
        try {
            TdbStore store = new TdbStore(ds, pipeline.mapper());
            store.loadOntology();
            Pipeline.Outcome outcome = run(pipeline, store);
            int exit = report(outcome, db.toString(), store.counts());
            spec.commandLine().getOut().println("entities: " + EntityMerger.rebuild(ds, wikidata.settings()).describe());
            spec.commandLine().getOut().println("claims: " + ClaimClusterer.recluster(ds, pipeline.gazetteer()).describe());
            return exit;
        } finally {
            ds.close();
        }
    }

    private Integer toRemote() throws Exception {
        RemoteStore.Credentials credentials;
        RemoteStore store;
        try {
            credentials = passwordFile == null ? null : RemoteStore.Credentials.fromPasswordFile(passwordFile);
            store = new RemoteStore(endpoint, null, credentials, RemoteStore.RetryPolicy.defaults());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        // Fail fast, before loading models: the ontology PUT checks the endpoint, auth and write access.
        store.loadOntology();
        Pipeline pipeline = Pipeline.of(filterOptions);
        store = new RemoteStore(endpoint, pipeline.mapper(), credentials, RemoteStore.RetryPolicy.defaults());
        Pipeline.Outcome outcome = run(pipeline, store);
        return report(outcome, endpoint, store.counts());
    }

    private Pipeline.Outcome run(Pipeline pipeline, org.claimgraph.pipeline.ArticleSink sink) throws Exception {
        return pipeline.run(problems -> pipeline.reader().read(inputs, problems), sink,
                threads == null ? Pipeline.defaultThreads() : threads, spec.commandLine().getErr());
    }

    private Integer report(Pipeline.Outcome outcome, String where, TdbStore.Counts counts) {
        spec.commandLine().getOut().printf("ingest: %s; %s now holds %d article(s), %d statement(s)%n",
                outcome.describe(), where, counts.articles(), counts.statements());
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return outcome.exitCode();
    }
}
