package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where a source span starts and ends when the cue is already right: the PolNeAR conventions. */
class SourceSpansTest {

    private static String source(String text, String cue) {
        return join(text, withCue(text, extract(text), cue).source());
    }

    @Test
    void relativeClauseThatReportsIsLeftOutBeforeTheCue() {
        String t = "Ole Holm, the harbour master, who has called the plan reckless, said the quay must close.";
        assertEquals("Ole Holm, the harbour master", source(t, "said"));
    }

    @Test
    void relativeClauseThatReportsIsLeftOutAfterTheCue() {
        String t = "“The quay must close,” said Ole Holm, who told reporters in May that it was safe.";
        assertEquals("Ole Holm", source(t, "said"));
    }

    @Test
    void relativeClauseThatDescribesTheSpeakerStays() {
        String t = "Ole Holm, who led the harbour board for a decade, said the quay must close.";
        assertEquals("Ole Holm, who led the harbour board for a decade", source(t, "said"));
        String u = "“The quay must close,” said Ole Holm, who led the harbour board for a decade.";
        assertEquals("Ole Holm, who led the harbour board for a decade", source(u, "said"));
    }

    @Test
    void conjunctionBeforeANameWithAnAppositiveStaysOut() {
        String t = "But Anna Berg, the chief financial officer, noted that the plant was old.";
        assertEquals("Anna Berg, the chief financial officer", source(t, "noted"));
        String u = "The ferry was late again, and Tove Lund, a spokeswoman for the port, said the schedule was wrong.";
        assertEquals("Tove Lund, a spokeswoman for the port", source(u, "said"));
    }

    @Test
    void participleClauseAfterAnInvertedSourceStaysOutButTheQuotationGoesOn() {
        String t = "“The quay is unsafe,” said Ole Holm, referring to the old pier. “It must close before winter.”";
        Attribution said = withCue(t, extract(t), "said");
        assertEquals("Ole Holm", join(t, said.source()));
        assertEquals("“The quay is unsafe,” … “It must close before winter.”", join(t, said.content()));
        String u = "“The quay is unsafe,” said Ole Holm, speaking to reporters after the vote.";
        assertEquals("Ole Holm", source(u, "said"));
    }

    @Test
    void restrictiveRelativeClauseBelongsToTheSubject() {
        String t = "Senior harbour pilots who have sailed the strait for years say the channel is too shallow.";
        assertEquals("Senior harbour pilots who have sailed the strait for years", source(t, "say"));
    }

    @Test
    void clauseAfterAVerbThatTakesAClauseIsNotARelativeSubject() {
        String t = "The ferry company published a survey that shows most passengers want a later sailing.";
        assertEquals("that", source(t, "shows"));
        assertEquals(java.util.List.of(), extract(t).stream().filter(a -> join(t, a.cue()).equals("want")).toList());
    }

    @Test
    void unnamedSourceAfterTheCueKeepsWhatItIsCloseTo() {
        String t = "The ferry will be sold next year, according to a person familiar with the talks.";
        assertEquals("a person familiar with the talks", source(t, "according to"));
        String u = "“We are not selling,” said a source close to the ferry company.";
        assertEquals("a source close to the ferry company", source(u, "said"));
    }
}
