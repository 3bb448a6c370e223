package org.claimgraph.pipeline;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
 * meanwhile). At most {@code window} articles are in flight, so memory stays flat whatever the
 * corpus size. A failure on one article is reported with its origin and the batch goes on.
 *
 * <p>Group commit: the writer hands the sink, in one call, every article whose extraction has
 * finished by the time it is free (at most {@link #MAX_GROUP}). A TDB2 commit costs little
 * more for sixty-four articles than for one (copy-on-write B+trees rewrite and sync every touched
 * block), so under load articles share commits, and one at a time they do not. Each article
 * stays all-or-nothing; a failed group is retried article by article, so one bad article
 * cannot take the others with it.
 */
public final class BatchRunner {
    /** What a batch did. */
    public record Summary(int articles, int statements, int failed) {}

    private record Pending(Article article, Future<ExtractedArticle> result) {}

    private static final Pending END = new Pending(null, CompletableFuture.completedFuture(null));
    /** Most articles in one group commit. */
    public static final int MAX_GROUP = 64;

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
        int windowSize = 2 * threads + MAX_GROUP;
        Semaphore window = new Semaphore(windowSize);
        BlockingQueue<Pending> inFlight = new LinkedBlockingQueue<>();
        AtomicInteger delivered = new AtomicInteger();
        AtomicInteger statements = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<Throwable> writerError = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                List<Pending> group = new ArrayList<>();
                boolean end = false;
                while (!end) {
                    Pending first = inFlight.take();
                    if (first == END) {
                        break;
                    }
                    group.add(first);
                    awaitDone(first.result()); // wait for the head; then take whatever else is ready
                    while (group.size() < MAX_GROUP && inFlight.peek() != null && inFlight.peek().result().isDone()) {
                        Pending next = inFlight.poll();
                        if (next == END) {
                            end = true;
                            break;
                        }
                        group.add(next);
                    }
                    deliver(group, sink, problems, delivered, statements, failed);
                    window.release(group.size());
                    group.clear();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                writerError.set(e);
                window.release(windowSize); // unblock the reader; it sees the error below
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

    private static void deliver(List<Pending> group, ArticleSink sink, Consumer<String> problems,
                                AtomicInteger delivered, AtomicInteger statements, AtomicInteger failed)
            throws InterruptedException {
        List<ExtractedArticle> ready = new ArrayList<>(group.size());
        List<Pending> sources = new ArrayList<>(group.size());
        for (Pending p : group) {
            try {
                ready.add(p.result().get());
                sources.add(p);
            } catch (ExecutionException e) {
                failed.incrementAndGet();
                problems.accept(p.article().origin() + ": extraction failed: " + message(e.getCause()) + " (skipped)");
            }
        }
        if (ready.isEmpty()) {
            return;
        }
        if (ready.size() > 1) {
            try {
                sink.acceptAll(ready);
                for (ExtractedArticle a : ready) {
                    delivered.incrementAndGet();
                    statements.addAndGet(a.attributions().size());
                }
                return;
            } catch (Exception e) {
                // Nothing of the group was stored: find the culprit by storing one at a time.
            }
        }
        for (int i = 0; i < ready.size(); i++) {
            try {
                sink.accept(ready.get(i));
                delivered.incrementAndGet();
                statements.addAndGet(ready.get(i).attributions().size());
            } catch (Exception e) {
                failed.incrementAndGet();
                Article a = sources.get(i).article();
                problems.accept(a.origin() + ": could not store article '" + a.id() + "': " + message(e) + " (skipped)");
            }
        }
    }

    /**
     * Waits until an extraction has finished, failed or not: a failure is reported with its
     * article by {@link #deliver}, and must not end the writer (the reader would then wait for
     * window permits forever).
     */
    private static void awaitDone(Future<ExtractedArticle> result) throws InterruptedException {
        try {
            result.get();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            // reported per article in deliver
        }
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
