package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.assertSourceless;
import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sourceless cues: the hearsay adverb, a mid-sentence "when asked", raising verbs with a predicate. */
class SourcelessTest {


    @Test
    void reportedlySplitsTheClauseAroundTheAdverb() {
        assertSourceless("The ferry company has reportedly cancelled the winter timetable.",
                "reportedly", "The ferry company has … cancelled the winter timetable");
    }

    @Test
    void reportedlyContentStopsAtANewClause() {
        assertSourceless("The harbour board is reportedly weighing a new toll, a move that angered the skippers.",
                "reportedly", "The harbour board is … weighing a new toll");
    }

    @Test
    void openingReportedlyTakesTheClauseAfterTheComma() {
        assertSourceless("Reportedly, the skipper sold his trawler to a rival in Oban.",
                "Reportedly", "the skipper sold his trawler to a rival in Oban");
    }

    @Test
    void whenAskedAboutKeepsAboutInTheCue() {
        assertSourceless("The mayor smiled when asked about the new marina.",
                "asked about", "the new marina");
    }

    @Test
    void whenAskedWhetherTakesTheQuestion() {
        assertSourceless("The skipper shrugged when asked whether the quay would reopen in spring.",
                "asked", "whether the quay would reopen in spring");
    }

    @Test
    void whenAskedWithoutAQuestionIsNoCue() {
        String t = "The skipper left when asked to leave the quay.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).equals("asked")));
    }

    @Test
    void seemsWithADegreeAdverbAndAdjective() {
        assertSourceless("The harbour master seemed equally unperturbed.", "seemed",
                "The harbour master … equally unperturbed");
    }

    @Test
    void seemsWithAParticiple() {
        assertSourceless("The skipper seemed rattled by the inspection.", "seemed",
                "The skipper … rattled by the inspection");
    }

    @Test
    void seemsLikeKeepsLikeInTheContent() {
        assertSourceless("The new toll seems like a poor bargain for the fishermen.", "seems",
                "The new toll … like a poor bargain for the fishermen");
    }

    @Test
    void raisingContentStopsAtAnAdjunctClause() {
        assertSourceless("The ferry appeared to be gaining speed although the storm had arrived.", "appeared",
                "The ferry … to be gaining speed");
    }

    @Test
    void appearedOnIsNoCue() {
        String t = "The skipper appeared on the local radio show.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).equals("appeared")));
    }
    @Test
    void declaredTheWinnerIsASourcelessStatus() {
        assertSourceless("The young baker was declared the winner of the county fair.", "was declared",
                "The young baker … the winner of the county fair");
    }

    @Test
    void projectedAsTheWinnerKeepsAsInTheContent() {
        assertSourceless("The harbour crew was projected as the winner of the regatta.", "was projected",
                "The harbour crew … as the winner of the regatta");
    }

    @Test
    void announcedTheNextDayIsNoStatus() {
        // the agentless news passive reports the subject alone; "the next day" is no declared status
        String t = "The new timetable was announced the next day.";
        assertTrue(extract(t).stream().filter(a -> join(t, a.cue()).equals("was announced"))
                .allMatch(a -> join(t, a.content()).equals("The new timetable")));
    }

    @Test
    void openingAskedAboutTakesAboutIntoTheCue() {
        assertSourceless("Asked about the new toll, the skipper said it was fair.", "Asked about", "the new toll");
        // an adjunct in between: the preposition stays with the question
        assertSourceless("Asked on Friday about the new toll, the skipper said it was fair.", "Asked", "about the new toll");
    }
}
