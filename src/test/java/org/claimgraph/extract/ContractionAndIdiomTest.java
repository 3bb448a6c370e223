package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Idioms that look like reporting verbs, and cues hidden behind a contracted pronoun. */
class ContractionAndIdiomTest {

    private static boolean hasCue(String t, List<Attribution> all, String cue) {
        return all.stream().anyMatch(a -> join(t, a.cue()).equals(cue));
    }

    @Test
    void begTheQuestionIsNoPlea() {
        String t = "The ferry delays begged the question of whether the harbour board had a plan at all.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).startsWith("begged")));
        String u = "The fishermen begged the council to keep the north quay open.";
        assertTrue(hasCue(u, extract(u), "begged"));
    }
}
