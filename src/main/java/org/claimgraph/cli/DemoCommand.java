package org.claimgraph.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.claimgraph.claims.ClaimClusterer;
import org.claimgraph.link.EntityMerger;
import org.claimgraph.query.OutputFormat;
import org.claimgraph.query.QueryLibrary;
import org.claimgraph.query.QueryParam;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.query.SavedQuery;
import org.claimgraph.read.Article;
import org.claimgraph.read.ArticleReader;
import org.claimgraph.read.ReadProblem;
import org.claimgraph.serve.FusekiLauncher;
import org.claimgraph.serve.RunningServer;
import org.claimgraph.serve.ServeOptions;
import org.claimgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The whole path on the bundled sample corpus: ingest, run the saved queries, serve. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the bundled sample corpus, print every saved query's results, serve the Fuseki UI.",
                "The sample is 10 short articles written for the project; the server runs until Ctrl-C."})
public final class DemoCommand implements Callable<Integer> {
    /** Resource listing the bundled sample articles. */
    static final String SAMPLE_INDEX = "/org/claimgraph/sample-corpus.txt";
    /** Values the demo gives to required parameters, chosen to return rows on the sample corpus. */
    static final Map<String, String> DEMO_PARAMS = Map.of("placeName", "Kyiv", "actorName", "Antony Blinken");

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/tdb2",
            description = "TDB2 database directory, created if absent (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--no-serve", description = "Exit after printing the query results.")
    boolean noServe;

    @Option(names = "--port", defaultValue = "" + ServeOptions.DEFAULT_PORT,
            description = "HTTP port for the UI (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--name", defaultValue = ServeOptions.DEFAULT_NAME,
            description = "Dataset name, served at /NAME (default: ${DEFAULT-VALUE}).")
    String name;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = new Pipeline();
        Dataset ds = TdbStore.openOrCreate(db);
        boolean serving = false;
        try {
            TdbStore store = new TdbStore(ds, pipeline.mapper());
            store.loadOntology();
            Pipeline.Outcome outcome = pipeline.run(problems -> sampleArticles(pipeline.reader(), problems), store,
                    Pipeline.defaultThreads(), err);
            TdbStore.Counts counts = store.counts();
            out.printf("Ingested the sample corpus: %s into %s (%d articles, %d statements in the store)%n",
                    outcome.describe(), db, counts.articles(), counts.statements());
            out.printf("Entities: %s%n", EntityMerger.rebuild(ds).describe());
            out.printf("Claims: %s%n%n", ClaimClusterer.recluster(ds, pipeline.gazetteer()).describe());
            runQueries(QueryRunner.local(ds), out);
            if (outcome.exitCode() != ExitCodes.OK) {
                return outcome.exitCode();
            }
            if (noServe) {
                return ExitCodes.OK;
            }
            RunningServer server = FusekiLauncher.start(ds, new ServeOptions(ServeOptions.DEFAULT_HOST, port, name));
            serving = true;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                ds.close();
            }, "claimgraph-demo-shutdown"));
            out.println(server.banner());
            out.println("Press Ctrl-C to stop.");
            out.flush();
            server.join();
            return ExitCodes.OK;
        } finally {
            if (!serving) {
                ds.close();
            }
        }
    }

    private static void runQueries(QueryRunner runner, PrintWriter out) {
        for (SavedQuery q : QueryLibrary.builtIn().all()) {
            Map<String, String> params = new java.util.LinkedHashMap<>();
            for (QueryParam p : q.params()) {
                if (p.required()) {
                    params.put(p.name(), DEMO_PARAMS.getOrDefault(p.name(), ""));
                }
            }
            out.println("== " + q.name() + ": " + q.title() + (params.isEmpty() ? "" : "  " + params));
            out.flush();
            java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
            runner.write(q, params, OutputFormat.TABLE, buf);
            out.println(buf.toString(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    /** The bundled sample articles, read through the same reader as user files. */
    static Stream<Article> sampleArticles(ArticleReader reader, Consumer<ReadProblem> problems) {
        return sampleNames().stream().flatMap(name -> {
            InputStream in = DemoCommand.class.getResourceAsStream("/" + name);
            if (in == null) {
                problems.accept(ReadProblem.error(name, "bundled sample article is missing from the jar"));
                return Stream.empty();
            }
            return reader.read(name, in, problems);
        });
    }

    static List<String> sampleNames() {
        InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE_INDEX);
        if (in == null) {
            throw new IllegalStateException("missing resource " + SAMPLE_INDEX);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
