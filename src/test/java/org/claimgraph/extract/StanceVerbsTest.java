package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Verbs of liking, backing and voting whose content is their object: invented sentences only. */
class StanceVerbsTest {

    @Test
    void dislikeReportsItsObjectAlone() {
        String t = "Many ferry captains dislike the new timetable.";
        Attribution a = withCue(t, extract(t), "dislike");
        assertEquals("Many ferry captains", join(t, a.source()));
        assertEquals("the new timetable", join(t, a.content()));
    }

    @Test
    void negatedLikeKeepsTheAuxiliaryInTheCue() {
        String t = "Some harbour pilots don't like the mayor.";
        Attribution a = withCue(t, extract(t), "don't like");
        assertEquals("Some harbour pilots", join(t, a.source()));
        assertEquals("the mayor", join(t, a.content()));
    }

    @Test
    void likeAfterACopulaIsAComparison() {
        String t = "Ferry jobs are not like other harbour jobs, the mayor said.";
        List<Attribution> all = extract(t);
        assertTrue(all.stream().noneMatch(a -> join(t, a.cue()).endsWith("like")), () -> all.toString());
        assertEquals("Ferry jobs are not like other harbour jobs", join(t, withCue(t, all, "said").content()));
    }

    @Test
    void perfectHaveTaggedAsAMainVerbStaysInTheCue() {
        // the tagger reads this "had" as a main verb (VBD), not an auxiliary
        String t = "The grant came from Ann Berg, a retired pilot, who had supported Mayor Olsen.";
        Attribution a = withCue(t, extract(t), "had supported");
        assertEquals("who", join(t, a.source()));
        assertEquals("Mayor Olsen", join(t, a.content()));
    }

    @Test
    void voteInFavorOfReportsTheObject() {
        String t = "Most harbour workers voted in favor of the new levy.";
        Attribution a = withCue(t, extract(t), "voted in favor of");
        assertEquals("Most harbour workers", join(t, a.source()));
        assertEquals("the new levy", join(t, a.content()));
    }

    @Test
    void castAVoteForAndAnAdverbBeforeThePreposition() {
        String t = "More than two thousand islanders cast a vote for her in the spring.";
        Attribution a = withCue(t, extract(t), "cast a vote for");
        assertEquals("More than two thousand islanders", join(t, a.source()));
        assertEquals("her", join(t, a.content()));
        String u = "The fishing towns voted overwhelmingly against the quota.";
        assertEquals("the quota", join(u, withCue(u, extract(u), "voted overwhelmingly against").content()));
    }

    @Test
    void objectVerbAfterARelativeClauseKeepsItsObject() {
        // the words before the comma are the subject with its relative clause, not a leading clause
        String t = "The senator, who lives in Bergen, criticized the ferry plan.";
        Attribution a = withCue(t, extract(t), "criticized");
        assertEquals("The senator, who lives in Bergen", join(t, a.source()));
        assertEquals("the ferry plan", join(t, a.content()));
        String u = "The quay will close in May, the harbour master said.";
        assertEquals("The quay will close in May", join(u, withCue(u, extract(u), "said").content()));
    }
}
