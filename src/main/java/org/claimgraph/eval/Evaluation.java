package org.claimgraph.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimgraph.cli.ExitCodes;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.ExtractedArticle;
import org.claimgraph.extract.Extractor;
import org.claimgraph.read.Article;

/**
 * The core of {@code claimgraph eval}: runs an extractor over every gold article (its text and
 * publication date come from the gold file), scores the predictions and prints/writes the figures.
 * The extractor is injected, so tests can run it with a fake one.
 *
 * <p>Extraction runs on {@code threads} threads (results kept in gold order); only the extraction
 * calls are timed. An article whose extraction throws is scored with no predictions and makes the
 * command exit with {@code PARTIAL} (3).
 */
public final class Evaluation {
    private final Extractor extractor;
    private final int threads;
    private final Scorer scorer = new Scorer();

    /** The outcome: the figures and the per-article alignments behind them. */
    public record Result(EvalReport report, List<ArticleOutcome> outcomes) {}

    private record Extraction(List<Attribution> attributions, long nanos, String failure) {}

    public Evaluation(Extractor extractor) {
        this(extractor, Runtime.getRuntime().availableProcessors());
    }

    public Evaluation(Extractor extractor, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.extractor = extractor;
        this.threads = threads;
    }

    /** Reads at most {@code limit} articles ({@code <= 0}: all) of the gold file and evaluates them. */
    public Result evaluate(Path goldFile, int limit) throws IOException {
        return evaluate(GoldReader.read(goldFile, limit));
    }

    public Result evaluate(List<GoldArticle> gold) {
        List<Extraction> extractions = new ArrayList<>(gold.size());
        long start = System.nanoTime();
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, gold.size())), r -> {
            Thread t = new Thread(r, "eval-extract-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Extraction>> futures = new ArrayList<>(gold.size());
            for (GoldArticle g : gold) {
                futures.add(pool.submit(() -> extractOne(g)));
            }
            for (Future<Extraction> f : futures) {
                extractions.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            // extractOne catches RuntimeExceptions, so this is an Error (e.g. out of memory): give up.
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double wallSeconds = (System.nanoTime() - start) / 1e9;

        Tally total = Tally.ZERO;
        long cpuNanos = 0;
        int failed = 0;
        List<ArticleOutcome> outcomes = new ArrayList<>(gold.size());
        for (int i = 0; i < gold.size(); i++) {
            GoldArticle g = gold.get(i);
            Extraction x = extractions.get(i);
            cpuNanos += x.nanos();
            failed += x.failure() != null ? 1 : 0;
            ArticleScore score;
            try {
                score = scorer.score(g.text(), g.attributions(), x.attributions());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(g.origin() + " (article " + g.id() + "): " + e.getMessage(), e);
            }
            total = total.plus(score.tally());
            outcomes.add(new ArticleOutcome(g, x.attributions(), score, x.failure()));
        }
        EvalReport report = new EvalReport(gold.size(), total, wallSeconds, cpuNanos / 1e9,
                Math.min(threads, Math.max(1, gold.size())), failed);
        return new Result(report, outcomes);
    }

    private Extraction extractOne(GoldArticle g) {
        Article article = new Article(g.id(), null, g.date(), null, g.publisher(), g.text(), g.origin());
        long t0 = System.nanoTime();
        try {
            ExtractedArticle ex = extractor.extract(article);
            long nanos = System.nanoTime() - t0;
            if (ex == null) {
                return new Extraction(List.of(), nanos, "extractor returned null");
            }
            return new Extraction(ex.attributions(), nanos, null);
        } catch (RuntimeException e) {
            long nanos = System.nanoTime() - t0;
            return new Extraction(List.of(), nanos, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * Evaluates the gold file, prints the table to {@code out}, writes the JSON report and the
     * errors file when their paths are given. Returns the exit code: 0 ok, 1 unreadable or
     * malformed gold file, 3 when extraction failed on some article.
     */
    public int execute(Path goldFile, Path reportFile, Path errorsFile, int limit, PrintWriter out, PrintWriter err)
            throws IOException {
        return execute(goldFile, reportFile, errorsFile, null, limit, out, err);
    }

    /** As above, and writes every prediction in the gold format when {@code predictionsFile} is given. */
    public int execute(Path goldFile, Path reportFile, Path errorsFile, Path predictionsFile, int limit,
                       PrintWriter out, PrintWriter err) throws IOException {
        if (!Files.isRegularFile(goldFile)) {
            err.println("claimgraph eval: gold file not found: " + goldFile);
            err.flush();
            return ExitCodes.FAILURE;
        }
        Result result;
        try {
            result = evaluate(goldFile, limit);
        } catch (GoldFormatException | UncheckedIOException e) {
            err.println("claimgraph eval: " + e.getMessage());
            err.flush();
            return ExitCodes.FAILURE;
        }
        EvalReport report = result.report();
        out.print(ReportTable.format(report, goldFile.getFileName().toString()));
        if (reportFile != null) {
            report.write(reportFile);
            out.println("report written to " + reportFile);
        }
        if (errorsFile != null) {
            int n = ErrorWriter.write(errorsFile, result.outcomes());
            out.println(n + " error line(s) written to " + errorsFile);
        }
        if (predictionsFile != null) {
            int n = PredictionWriter.write(predictionsFile, result.outcomes());
            out.println(n + " predicted attribution(s) written to " + predictionsFile);
        }
        out.flush();
        for (ArticleOutcome o : result.outcomes()) {
            if (o.failure() != null) {
                err.println("claimgraph eval: extraction failed on " + o.article().origin()
                        + " (article " + o.article().id() + "): " + o.failure());
            }
        }
        err.flush();
        return report.failedArticles() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
}
