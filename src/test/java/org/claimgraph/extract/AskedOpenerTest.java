package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;

import org.junit.jupiter.api.Test;

/** Opening "When asked why," and "Whenever asked about X," clauses ({@link AskedClause}), and a mid-sentence "when asked by Y if …" ({@link SourcelessCue}). Hand-written sentences only. */
class AskedOpenerTest {

    @Test
    void bareWhyIsTheWholeQuestion() {
        String t = "When asked why, the harbour master replied in a short email: \"The pier is not safe.\"";
        Attribution a = withCue(t, extract(t), "asked");
        assertTrue(a.source().isEmpty());
        assertEquals("why", join(t, a.content()));
    }

    @Test
    void wheneverOpensAnAskedClause() {
        String t = "Whenever asked about the budget, the councillors changed the subject to the new library.";
        Attribution a = withCue(t, extract(t), "asked about");
        assertTrue(a.source().isEmpty());
        assertEquals("the budget", join(t, a.content()));
    }

    @Test
    void midSentenceAskedByNamesTheAsker() {
        String t = "\"Certainly,\" the harbour master said when asked by a reporter if the pier would reopen.";
        Attribution a = withCue(t, extract(t), "asked");
        assertEquals("a reporter", join(t, a.source()));
        assertEquals("if the pier would reopen", join(t, a.content()));
    }
}
