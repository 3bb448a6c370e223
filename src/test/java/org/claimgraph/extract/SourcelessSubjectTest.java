package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.assertSourceless;
import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sourceless raising and passive cues: how the subject piece of the content is found. */
class SourcelessSubjectTest {


    @Test
    void adverbBetweenSubjectAndRaisingVerbStaysWithTheSubject() {
        assertSourceless("Both ferry crews now seem intent on striking before the regatta.", "seem",
                "Both ferry crews now … intent on striking before the regatta");
    }

    @Test
    void relativeAsideBetweenCommasBelongsToTheSubject() {
        assertSourceless("The harbour board, which has lost three trawlers this winter, seems unlikely to approve the toll.",
                "seems", "The harbour board, which has lost three trawlers this winter, … unlikely to approve the toll");
    }

    @Test
    void reportingAsideLeavesOnlyTheHeadAsSubject() {
        String t = "The skipper, who sees himself as the heir of the old guild, doesn't appear ready to sell.";
        assertSourceless(t, "doesn't appear", "The skipper … ready to sell");
        assertTrue(extract(t).stream().anyMatch(a -> join(t, a.cue()).equals("sees")), "the aside keeps its own report");
    }

    @Test
    void dummyItBeforeAnAdverbStaysOut() {
        assertSourceless("It now seems inevitable that the quay will close in March.", "seems",
                "inevitable that the quay will close in March");
    }

    @Test
    void secondOfTwoPredicatesSharesTheFirstSubject() {
        assertSourceless("The lifeboat crew held a narrow lead and appeared poised to win the cup.", "appeared",
                "The lifeboat crew … poised to win the cup");
    }

    @Test
    void referringItBeforeAnInfinitiveIsTheSubject() {
        assertSourceless("Late in the season, it appeared to hold off the storm surge.", "appeared",
                "it … to hold off the storm surge");
    }

    @Test
    void participleAfterASourcelessCueTakesTheMainSubject() {
        String t = "The harbour master seemed rattled by the storm, telling the crews to stay ashore.";
        Attribution telling = withCue(t, extract(t), "telling");
        assertEquals("The harbour master", join(t, telling.source()));
    }
}
