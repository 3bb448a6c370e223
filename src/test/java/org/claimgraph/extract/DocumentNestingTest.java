package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports nested in a later report's content over the whole article (DocumentNesting). */
class DocumentNestingTest {

    private static boolean hasCue(String t, List<Attribution> all, String cue) {
        return all.stream().anyMatch(a -> join(t, a.cue()).equals(cue));
    }

    @Test
    void thoughtInsideATrailingAccordingToGoes() {
        String t = "The ferry company hopes to reopen the northern route in May, according to the harbour board.";
        List<Attribution> all = extract(t);
        Attribution acc = withCue(t, all, "according to");
        assertTrue(join(t, acc.content()).startsWith("The ferry company hopes"), join(t, acc.content()));
        assertFalse(hasCue(t, all, "hopes"));
    }

    @Test
    void speechInsideATrailingAccordingToStays() {
        String t = "The skipper told reporters that the quay would close in June, according to the harbour gazette.";
        List<Attribution> all = extract(t);
        assertTrue(hasCue(t, all, "according to"));
        assertTrue(hasCue(t, all, "told"));
    }

    @Test
    void quotationAfterALeadingAccordingToStays() {
        String t = "According to the harbour board, the ferry company promised “a faster crossing by May.”";
        assertTrue(withCue(t, extract(t), "promised").direct());
    }

    @Test
    void quotationBeforeATrailingAccordingToGoes() {
        String t = "The ferry company promised “a faster crossing by May,” according to the harbour board.";
        List<Attribution> all = extract(t);
        assertTrue(hasCue(t, all, "according to"));
        assertFalse(hasCue(t, all, "promised"));
    }

    @Test
    void thoughtInsideAQuotationGoes() {
        String t = "The harbour master said: “The fishermen want a safer quay. They want longer piers.”";
        List<Attribution> all = extract(t);
        assertTrue(hasCue(t, all, "said"));
        assertFalse(hasCue(t, all, "want"));
    }

    @Test
    void thoughtOnItsOwnStays() {
        String t = "The fishermen want a safer quay.";
        assertTrue(hasCue(t, extract(t), "want"));
    }
}
