package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.claimgraph.SampleStore;
import org.claimgraph.annotate.Span;
import org.claimgraph.read.Article;

/** Runs the real extractor (shared, loaded once per test JVM) on hand-written texts. */
final class Texts {
    private Texts() {}

    /** A Thursday: "on Tuesday" in the texts means 2022-03-29. */
    static final LocalDate PUBLISHED = LocalDate.of(2022, 3, 31);

    static List<Attribution> extract(String text) {
        return SampleStore.extractor().extract(new Article("t", null, PUBLISHED, null, null, text, "test")).attributions();
    }

    static String join(String text, List<Span> spans) {
        return spans.stream().map(s -> s.of(text)).collect(Collectors.joining(" … "));
    }

    static Attribution withCue(String text, List<Attribution> all, String cue) {
        return all.stream().filter(a -> join(text, a.cue()).equals(cue)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution with cue '" + cue + "' in "
                        + all.stream().map(a -> join(text, a.cue())).toList()));
    }

    /** The report with this cue has no source and exactly this content. */
    static void assertSourceless(String t, String cue, String content) {
        Attribution a = withCue(t, extract(t), cue);
        org.junit.jupiter.api.Assertions.assertTrue(a.source().isEmpty(), () -> "source should be empty: " + join(t, a.source()));
        org.junit.jupiter.api.Assertions.assertEquals(content, join(t, a.content()));
    }

    /** The report with this cue has exactly this source and this content. */
    static void assertTriple(String t, String source, String cue, String content) {
        Attribution a = withCue(t, extract(t), cue);
        org.junit.jupiter.api.Assertions.assertEquals(source, join(t, a.source()), "source");
        org.junit.jupiter.api.Assertions.assertEquals(content, join(t, a.content()), "content");
    }
}
