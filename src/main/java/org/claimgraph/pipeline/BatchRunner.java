package org.claimgraph.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.claimgraph.extract.ExtractedArticle;
import org.claimgraph.extract.Extractor;
import org.claimgraph.read.Article;

/**
 * Extracts a stream of articles on all cores and hands the results to a sink in input order.
 * At most {@code 2 × threads} articles are in flight, so memory stays flat whatever the corpus
 * size. A failure on one article is reported with its origin and the batch goes on.
 */
public final class BatchRunner {
    /** What a batch did. */
    public record Summary(int articles, int statements, int failed) {}

    private final Extractor extractor;
    private final int threads;

    public BatchRunner(Extractor extractor, int threads) {
        this.extractor = extractor;
        this.threads = Math.max(1, threads);
    }

    public Summary run(Stream<Article> articles, ArticleSink sink, Consumer<String> problems) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "claimgraph-extract");
            t.setDaemon(true);
            return t;
        });
        Deque<Pending> inFlight = new ArrayDeque<>();
        int[] counts = new int[3];
        try {
            Iterator<Article> it = articles.iterator();
            while (it.hasNext()) {
                Article a = it.next();
                inFlight.add(new Pending(a, pool.submit(() -> extractor.extract(a))));
                if (inFlight.size() >= 2 * threads) {
                    deliver(inFlight.poll(), sink, problems, counts);
                }
            }
            while (!inFlight.isEmpty()) {
                deliver(inFlight.poll(), sink, problems, counts);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(counts[0], counts[1], counts[2]);
    }

    private record Pending(Article article, Future<ExtractedArticle> result) {}

    private static void deliver(Pending p, ArticleSink sink, Consumer<String> problems, int[] counts) {
        ExtractedArticle extracted;
        try {
            extracted = p.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            counts[2]++;
            problems.accept(p.article().origin() + ": extraction failed: " + message(e.getCause()) + " (skipped)");
            return;
        }
        try {
            sink.accept(extracted);
            counts[0]++;
            counts[1] += extracted.attributions().size();
        } catch (Exception e) {
            counts[2]++;
            problems.accept(p.article().origin() + ": could not store article '" + p.article().id() + "': "
                    + message(e) + " (skipped)");
        }
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
