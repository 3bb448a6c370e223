package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void keepsAtMostTwiceTheThreadsInFlight() {
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
        assertTrue(peak[0] <= 4, "peak " + peak[0]);
    }
}
