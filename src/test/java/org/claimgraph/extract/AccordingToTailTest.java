package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What follows "according to Y," is the rest of the report only when it goes on as a clause. */
class AccordingToTailTest {

    private static List<String> pieces(String t, Attribution a) {
        return a.content().stream().map(p -> p.of(t)).toList();
    }

    @Test
    void appositiveOnTheSourceIsNoPartOfTheContent() {
        String t = "Ferry fares rose four percent last year, according to the Harbour Board, a trade group for the islands.";
        Attribution a = withCue(t, extract(t), "according to");
        assertEquals(List.of("Ferry fares rose four percent last year"), pieces(t, a));
    }

    @Test
    void interruptedClauseKeepsBothParts() {
        String t = "The new quay, according to the harbour master, was finished in May.";
        Attribution a = withCue(t, extract(t), "according to");
        assertEquals(List.of("The new quay", "was finished in May"), pieces(t, a));
    }
}
