package org.claimgraph.pipeline;

import java.util.Iterator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.claimgraph.extract.ExtractedArticle;
import org.claimgraph.extract.Extractor;
import org.claimgraph.read.Article;

/**
 * Extracts a stream of articles on all cores and hands the results to a sink in input order.
 *
 * <p>Three roles overlap: the calling thread reads and submits, a pool extracts, and one writer
 * thread delivers to the sink (a store commit waits on the disk; reading and extraction go on
 * meanwhile). At most {@code 2 × threads} articles are in flight, so memory stays flat whatever
 * the corpus size. A failure on one article is reported with its origin and the batch goes on.
 */
public final class BatchRunner {
    /** What a batch did. */
    public record Summary(int articles, int statements, int failed) {}

    private record Pending(Article article, Future<ExtractedArticle> result) {}

    private static final Pending END = new Pending(null, CompletableFuture.completedFuture(null));

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
        // Permits bound the articles submitted but not yet delivered; the queue keeps their order.
        Semaphore window = new Semaphore(2 * threads);
        BlockingQueue<Pending> inFlight = new LinkedBlockingQueue<>();
        AtomicInteger delivered = new AtomicInteger();
        AtomicInteger statements = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<Throwable> writerError = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                for (Pending p = inFlight.take(); p != END; p = inFlight.take()) {
                    deliver(p, sink, problems, delivered, statements, failed);
                    window.release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                writerError.set(e);
                window.release(2 * threads); // unblock the reader; it sees the error below
            }
        }, "claimgraph-write");
        writer.start();
        try {
            Iterator<Article> it = articles.iterator();
            while (it.hasNext() && writerError.get() == null) {
                Article a = it.next();
                window.acquire();
                inFlight.put(new Pending(a, pool.submit(() -> extractor.extract(a))));
            }
            if (writerError.get() == null) {
                inFlight.put(END);
            }
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writer.interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        Throwable error = writerError.get();
        if (error instanceof RuntimeException re) {
            throw re;
        } else if (error instanceof Error err) {
            throw err;
        }
        return new Summary(delivered.get(), statements.get(), failed.get());
    }

    private static void deliver(Pending p, ArticleSink sink, Consumer<String> problems, AtomicInteger delivered,
                                AtomicInteger statements, AtomicInteger failed) throws InterruptedException {
        ExtractedArticle extracted;
        try {
            extracted = p.result().get();
        } catch (ExecutionException e) {
            failed.incrementAndGet();
            problems.accept(p.article().origin() + ": extraction failed: " + message(e.getCause()) + " (skipped)");
            return;
        }
        try {
            sink.accept(extracted);
            delivered.incrementAndGet();
            statements.addAndGet(extracted.attributions().size());
        } catch (Exception e) {
            failed.incrementAndGet();
            problems.accept(p.article().origin() + ": could not store article '" + p.article().id() + "': "
                    + message(e) + " (skipped)");
        }
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
