package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.claimgraph.extract.ExtractedArticle;
import org.claimgraph.extract.Extractor;
import org.claimgraph.read.Article;
import org.junit.jupiter.api.Test;

class BatchRunnerTest {
    static Article article(int i) {
        return new Article("a" + i, null, LocalDate.of(2022, 3, 30), null, null, "text " + i, "file" + i + ".txt");
    }

    @Test
    void deliversInInputOrderAndReportsFailuresWithoutStopping() {
        Extractor flaky = a -> {
            if (a.id().equals("a7")) {
                throw new IllegalStateException("boom");
            }
            try {
                Thread.sleep((long) (Math.random() * 5)); // finish out of order
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ExtractedArticle(a, List.of());
        };
        List<String> seen = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        BatchRunner.Summary s = new BatchRunner(flaky, 4).run(IntStream.range(0, 50).mapToObj(BatchRunnerTest::article),
                a -> seen.add(a.article().id()), problems::add);
        List<String> expected = IntStream.range(0, 50).filter(i -> i != 7).mapToObj(i -> "a" + i).toList();
        assertEquals(expected, seen);
        assertEquals(new BatchRunner.Summary(49, 0, 1), s);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("file7.txt: extraction failed: boom"), problems.get(0));
    }

    @Test
    void aFailureOfTheOldestArticleInFlightDoesNotStallTheBatch() {
        // The writer waits on the oldest article; when that one fails, the batch must go on
        // (it once ended the writer thread and left the reader waiting for window permits).
        Extractor firstFails = a -> {
            if (a.id().equals("a0")) {
                throw new IllegalStateException("bad first article");
            }
            return new ExtractedArticle(a, List.of());
        };
        List<String> problems = new ArrayList<>();
        BatchRunner.Summary s = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new BatchRunner(firstFails, 2)
                .run(IntStream.range(0, 100).mapToObj(BatchRunnerTest::article), a -> { }, problems::add));
        assertEquals(new BatchRunner.Summary(99, 0, 1), s);
        assertEquals(List.of("file0.txt: extraction failed: bad first article (skipped)"), problems);
    }

    @Test
    void aSinkFailureSkipsThatArticleOnly() {
        Extractor ok = a -> new ExtractedArticle(a, List.of());
        List<String> problems = new ArrayList<>();
        BatchRunner.Summary s = new BatchRunner(ok, 2).run(IntStream.range(0, 5).mapToObj(BatchRunnerTest::article), a -> {
            if (a.article().id().equals("a2")) {
                throw new java.io.IOException("disk full");
            }
        }, problems::add);
        assertEquals(new BatchRunner.Summary(4, 0, 1), s);
        assertTrue(problems.get(0).contains("file2.txt") && problems.get(0).contains("disk full"), problems.toString());
    }

    @Test
    void keepsABoundedNumberOfArticlesInFlight() {
        int[] inFlight = {0};
        int[] peak = {0};
        Extractor counting = a -> {
            synchronized (inFlight) {
                peak[0] = Math.max(peak[0], ++inFlight[0]);
            }
            return new ExtractedArticle(a, List.of());
        };
        new BatchRunner(counting, 2).run(IntStream.range(0, 200).mapToObj(BatchRunnerTest::article), a -> {
            synchronized (inFlight) {
                inFlight[0]--;
            }
        }, p -> {});
        assertTrue(peak[0] <= 2 * 2 + BatchRunner.MAX_GROUP, "peak " + peak[0] + " of 200 articles");
    }

    @Test
    void readyArticlesShareACommitAndAFailedGroupIsRetriedOneByOne() {
        Extractor instant = a -> {
            if (a.id().equals("a0")) {
                try {
                    Thread.sleep(300); // the others finish meanwhile, so the writer finds a group ready
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new ExtractedArticle(a, List.of());
        };
        List<Integer> groupSizes = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        ArticleSink sink = new ArticleSink() {
            @Override
            public void accept(ExtractedArticle a) throws Exception {
                if (a.article().id().equals("a13")) {
                    throw new java.io.IOException("bad bytes");
                }
                stored.add(a.article().id());
            }

            @Override
            public void acceptAll(List<ExtractedArticle> group) throws Exception {
                groupSizes.add(group.size());
                if (group.stream().anyMatch(a -> a.article().id().equals("a13"))) {
                    throw new java.io.IOException("group failed"); // nothing stored, like a rolled-back txn
                }
                for (ExtractedArticle a : group) {
                    stored.add(a.article().id());
                }
            }
        };
        BatchRunner.Summary s = new BatchRunner(instant, 2).run(IntStream.range(0, 40).mapToObj(BatchRunnerTest::article),
                sink, problems::add);
        assertEquals(IntStream.range(0, 40).filter(i -> i != 13).mapToObj(i -> "a" + i).toList(), stored,
                "everything but the bad article, in order, exactly once");
        assertEquals(new BatchRunner.Summary(39, 0, 1), s);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("file13.txt") && problems.get(0).contains("bad bytes"), problems.toString());
        assertTrue(!groupSizes.isEmpty() && groupSizes.get(0) >= 2, "a group formed: " + groupSizes);
        assertTrue(groupSizes.stream().allMatch(n -> n <= BatchRunner.MAX_GROUP), groupSizes.toString());
    }
}
