package org.claimgraph.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.claimgraph.bench.CorpusGenerator;
import org.claimgraph.bench.HeapSampler;
import org.claimgraph.rdf.RdfFileSink;
import org.claimgraph.read.Article;
import org.claimgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Measures extract and ingest throughput and peak heap on a generated corpus. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure extract and ingest articles/second and peak heap on a generated corpus.",
                "The corpus is built from the bundled sample paragraphs; extract writes N-Quads to nowhere,",
                "ingest loads a fresh TDB2 dataset.",
                "Run through ./claimgraph, which caps the heap at 1 GB, to check the streaming claim."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", defaultValue = "2000", description = "Articles to generate (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--words", defaultValue = "600", description = "Words per article (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--threads", description = "Extraction threads (default: all cores).")
    Integer threads;

    @Option(names = "--dir", paramLabel = "DIR", description = "Work directory (default: a temporary one, deleted after).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int t = threads == null ? Pipeline.defaultThreads() : threads;
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("claimgraph-bench");
        try {
            long t0 = System.nanoTime();
            Pipeline pipeline = new Pipeline();
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            List<Article> seeds;
            try (var s = DemoCommand.sampleArticles(pipeline.reader(), p -> err.println(p))) {
                seeds = s.toList();
            }
            Path corpus = work.resolve("bench.jsonl");
            long totalWords = new CorpusGenerator(seeds).writeJsonl(corpus, articles, words, 42);
            out.printf("corpus: %d articles, %d words (%.0f per article), %d threads, max heap %d MB; models loaded in %.1f s%n",
                    articles, totalWords, totalWords / (double) articles, t, Runtime.getRuntime().maxMemory() >> 20, loadSeconds);
            out.flush();

            // Warm-up so the JIT does not count against the first stage.
            pipeline.run(p -> pipeline.reader().read(List.of(corpus), p).limit(Math.min(100, articles)),
                    new RdfFileSink(pipeline.mapper(), RdfFileSink.Format.NQUADS, OutputStream.nullOutputStream()), t, err);

            try (HeapSampler heap = new HeapSampler()) {
                long s = System.nanoTime();
                Pipeline.Outcome o = pipeline.run(p -> pipeline.reader().read(List.of(corpus), p),
                        new RdfFileSink(pipeline.mapper(), RdfFileSink.Format.NQUADS, OutputStream.nullOutputStream()), t, err);
                report(out, "extract", o, s, heap);
            }
            try (HeapSampler heap = new HeapSampler()) {
                Dataset ds = TdbStore.openOrCreate(work.resolve("tdb2"));
                try {
                    TdbStore store = new TdbStore(ds, pipeline.mapper());
                    long s = System.nanoTime();
                    Pipeline.Outcome o = pipeline.run(p -> pipeline.reader().read(List.of(corpus), p), store, t, err);
                    report(out, "ingest", o, s, heap);
                    out.printf("store    %d MB allocated on disk for %d articles (before compaction)%n", TdbStore.allocatedBytes(work.resolve("tdb2")) >> 20, o.summary().articles());
                } finally {
                    ds.close();
                }
            }
            return ExitCodes.OK;
        } finally {
            if (dir == null) {
                org.apache.commons.io.FileUtils.deleteDirectory(work.toFile());
            }
        }
    }

    private static void report(PrintWriter out, String stage, Pipeline.Outcome o, long startNanos, HeapSampler heap) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        out.printf("%-8s %6d articles in %6.1f s = %6.1f articles/s, %d statements, peak heap %d MB%n", stage,
                o.summary().articles(), seconds, o.summary().articles() / seconds, o.summary().statements(),
                heap.peakBytes() >> 20);
        out.flush();
    }
}
