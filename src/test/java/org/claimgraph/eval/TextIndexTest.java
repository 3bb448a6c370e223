package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.annotate.Span;
import org.junit.jupiter.api.Test;

class TextIndexTest {
    @Test
    void contextIsTheSentenceAroundTheSpan() {
        String t = "First one. The mayor said \"we will rebuild.\" Then rain fell! Last.";
        TextIndex idx = new TextIndex(t);
        Span said = Fixtures.at(t, "said");
        assertEquals("The mayor said \"we will rebuild.\"", idx.context(said.begin(), said.end()));
        // A range over two sentences gets both.
        Span rain = Fixtures.at(t, "rain");
        assertEquals("The mayor said \"we will rebuild.\" Then rain fell!", idx.context(said.begin(), rain.end()));
    }

    @Test
    void contextIsCappedWithoutBoundaries() {
        String t = "x ".repeat(300) + "word" + " y".repeat(300);
        TextIndex idx = new TextIndex(t);
        Span w = Fixtures.at(t, "word");
        String c = idx.context(w.begin(), w.end());
        assertTrue(c.contains("word"));
        assertTrue(c.length() <= 4 + 2 * TextIndex.CONTEXT_CHARS, "length " + c.length());
    }

    @Test
    void tokensIgnorePunctuationButKeepPunctuationOnlySpans() {
        String t = "Kim: \"Yes, really.\"";
        TextIndex idx = new TextIndex(t);
        assertEquals(2, idx.tokens(List.of(Fixtures.at(t, "\"Yes, really.\""))).cardinality());
        assertEquals(1, idx.tokens(List.of(Fixtures.at(t, ":"))).cardinality());
        assertEquals(idx.chars(List.of(Fixtures.at(t, "Yes, really"))),
                idx.chars(List.of(Fixtures.at(t, " \"Yes, really.\""))));
    }
}
