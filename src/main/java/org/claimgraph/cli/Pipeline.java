package org.claimgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.claimgraph.extract.AttributionFilter;
import org.claimgraph.extract.Extractor;
import org.claimgraph.extract.Extractors;
import org.claimgraph.extract.Gazetteer;
import org.claimgraph.pipeline.ArticleSink;
import org.claimgraph.pipeline.BatchRunner;
import org.claimgraph.rdf.ArticleMapper;
import org.claimgraph.read.Article;
import org.claimgraph.read.ArticleReader;
import org.claimgraph.read.OpenNlpLanguageGuard;
import org.claimgraph.read.ReadProblem;

/**
 * The components a batch command wires together, loaded once per process: reader (with its
 * language detector), extractor and RDF mapper. Reports every problem on {@code err}, one line
 * each, naming the file, and turns the outcome into an exit code.
 */
final class Pipeline {
    static final String VERSION = "claimgraph " + version();

    private final Gazetteer gazetteer;
    private final ArticleReader reader;
    private final Extractor extractor;
    private final ArticleMapper mapper;

    Pipeline() {
        this(AttributionFilter.NONE, "");
    }

    /** With a trained filter; {@code filterNote} is added to the version each article graph records. */
    Pipeline(AttributionFilter filter, String filterNote) {
        this.gazetteer = new Gazetteer();
        this.reader = new ArticleReader(OpenNlpLanguageGuard.loadBundled());
        this.extractor = Extractors.ruleBased(gazetteer).withFilter(filter);
        this.mapper = new ArticleMapper(VERSION + filterNote, gazetteer::country);
    }

    /** The pipeline the {@code --model} options ask for (the rules alone without them). */
    static Pipeline of(FilterOptions options) throws java.io.IOException {
        AttributionFilter filter = options.filter();
        return new Pipeline(filter, FilterOptions.describe(filter, options.model));
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    ArticleReader reader() {
        return reader;
    }

    ArticleMapper mapper() {
        return mapper;
    }

    /** What a batch did, and whether anything was skipped. */
    record Outcome(BatchRunner.Summary summary, int skipped, int warnings) {
        int exitCode() {
            return skipped > 0 || summary.failed() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
        }

        String describe() {
            return summary.articles() + " article(s), " + summary.statements() + " statement(s)"
                    + (skipped + summary.failed() > 0 ? ", " + (skipped + summary.failed()) + " skipped" : "")
                    + (warnings > 0 ? ", " + warnings + " warning(s)" : "");
        }
    }

    /**
     * Reads with {@code read} (given the problem listener), extracts on {@code threads} threads
     * and sends every article to {@code sink}, which is closed at the end.
     */
    Outcome run(Function<java.util.function.Consumer<ReadProblem>, Stream<Article>> read, ArticleSink sink,
                int threads, PrintWriter err) throws Exception {
        AtomicInteger skipped = new AtomicInteger();
        AtomicInteger warnings = new AtomicInteger();
        java.util.function.Consumer<ReadProblem> problems = p -> {
            (p.skipped() ? skipped : warnings).incrementAndGet();
            err.println(p);
            err.flush();
        };
        BatchRunner.Summary summary;
        try (sink; Stream<Article> articles = read.apply(problems)) {
            summary = new BatchRunner(extractor, threads).run(articles, sink, msg -> {
                err.println(msg);
                err.flush();
            });
        }
        return new Outcome(summary, skipped.get(), warnings.get());
    }

    static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static String version() {
        String v = Pipeline.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
