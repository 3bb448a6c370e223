package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Polls and their respondents as sources (invented sentences). */
class PollPatternTest {

    private static void assertAttribution(String t, String source, String cue, String content) {
        List<Attribution> all = extract(t);
        Attribution a = withCue(t, all, cue);
        assertEquals(source, join(t, a.source()), "source");
        assertEquals(content, join(t, a.content()), "content");
    }

    @Test
    void openingInPollTakesTheClauseAfterTheComma() {
        assertAttribution("In a new Harbour Gazette poll released Thursday, 40 percent of fishermen backed the quota.",
                "a new Harbour Gazette poll released Thursday", "In", "40 percent of fishermen backed the quota");
    }

    @Test
    void openingInPollKeepsAConductedAsideInTheSource() {
        assertAttribution("In the latest Gazette poll, conducted in May, the mayor led the harbour master 47 percent to 39 percent.",
                "the latest Gazette poll, conducted in May,", "In",
                "the mayor led the harbour master 47 percent to 39 percent");
    }

    @Test
    void closingInPollTakesTheClauseBeforeIt() {
        assertAttribution("But the mayor fell to 10 percent in the latest Gazette poll released Wednesday, a steep drop.",
                "the latest Gazette poll released Wednesday", "in", "the mayor fell to 10 percent");
    }

    @Test
    void closingInPollStartsAfterAnOpeningAdverbial() {
        assertAttribution("In March, the mayor had 38 percent support in a Gazette poll.",
                "a Gazette poll", "in", "the mayor had 38 percent support");
    }

    @Test
    void closingInPollGoesBackOverAnInterjection() {
        assertAttribution("The mayor, on the other hand, rose to 42 percent in Monday's poll.",
                "Monday's poll", "in", "The mayor, on the other hand, rose to 42 percent");
    }

    @Test
    void closingInPollKeepsTheMarginAfterTheSource() {
        assertAttribution("She trails the senator in the Gazette average of harbour polls by nearly 9 percentage points.",
                "the Gazette average of harbour polls", "in", "She trails the senator … by nearly 9 percentage points");
    }

    @Test
    void pollsInGeneralAreNoSource() {
        String t = "The mayor has a decisive lead in the polls ahead of the primary.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).equals("in")));
        String u = "The mayor's rise in the polls worried the harbour master.";
        assertTrue(extract(u).stream().noneMatch(a -> join(u, a.cue()).equals("in")));
    }

    @Test
    void anAppositiveBeforeInPollIsNoContent() {
        String t = "The mayor took 6 percent in a Gazette poll released Sunday, her worst showing in the survey in years.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.source()).equals("the survey")));
        assertAttribution(t, "a Gazette poll released Sunday", "in", "The mayor took 6 percent");
    }

    @Test
    void thoseSurveyedAreTheSource() {
        assertAttribution("Those surveyed say the ferry fares are their main worry.",
                "Those surveyed", "say", "the ferry fares are their main worry");
    }

    @Test
    void aShareOfThoseSurveyedIsTheSource() {
        assertAttribution("Thirty-one percent of those surveyed say the harbour master should resign.",
                "Thirty-one percent of those surveyed", "say", "the harbour master should resign");
        assertAttribution("Some 56 percent of fishermen polled said they were less likely to vote.",
                "Some 56 percent of fishermen polled", "said", "they were less likely to vote");
    }

    @Test
    void nearlyHalfIsTheSourceNotPartOfTheCue() {
        assertAttribution("Nearly half said they would vote for the challenger.",
                "Nearly half", "said", "they would vote for the challenger");
    }

    @Test
    void respondentsBackingACandidateReportTheObject() {
        assertAttribution("19 percent of fishermen polled support the mayor.",
                "19 percent of fishermen polled", "support", "the mayor");
    }

    @Test
    void aPollWithItsReleaseDateIsTheSource() {
        assertAttribution("A Gazette poll released last week showed the mayor poised to carry the harbour district.",
                "A Gazette poll released last week", "showed", "the mayor poised to carry the harbour district");
        assertAttribution("A poll from Harbour College released Wednesday found the mayor leading by 15 points.",
                "A poll from Harbour College released Wednesday", "found", "the mayor leading by 15 points");
    }

    @Test
    void mostBeforeAnAdverbStaysInTheVerbGroup() {
        String t = "The mayor most recently said the ferry would run all winter.";
        Attribution a = withCue(t, extract(t), "most recently said");
        assertEquals("The mayor", join(t, a.source()));
    }
}
