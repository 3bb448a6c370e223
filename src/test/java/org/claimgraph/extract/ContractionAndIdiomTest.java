package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void stanceAfterAContractedPronounSplitsAtTheApostrophe() {
        String t = "They’re supportive of the plan to rebuild the north quay.";
        Attribution a = withCue(t, extract(t), "’re supportive of");
        assertEquals("They", join(t, a.source()));
        assertEquals("the plan to rebuild the north quay", join(t, a.content()));
        String u = "She’s been critical of the harbour board for years.";
        Attribution b = withCue(u, extract(u), "’s been critical of");
        assertEquals("She", join(u, b.source()));
        String v = "I’m convinced that the ferry will run again in May.";
        Attribution c = withCue(v, extract(v), "’m convinced");
        assertEquals("I", join(v, c.source()));
        assertEquals("that the ferry will run again in May", join(v, c.content()));
    }

    @Test
    void verbCueAfterAContractedPronounFindsThePronoun() {
        String t = "They’re not expecting to win the harbour vote in May.";
        Attribution a = withCue(t, extract(t), "’re not expecting");
        assertEquals("They", join(t, a.source()));
        String u = "He’ll argue that the ferry fares must fall.";
        Attribution b = withCue(u, extract(u), "’ll argue");
        assertEquals("He", join(u, b.source()));
        assertEquals("that the ferry fares must fall", join(u, b.content()));
    }
}
