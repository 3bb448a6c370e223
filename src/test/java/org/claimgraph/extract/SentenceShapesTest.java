package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sentence shapes around an ordinary cue that used to lose the whole attribution or merge two:
 * a source with a post-modifier ending in a pronoun, a fronted participle clause before an
 * appositive subject, two reports joined by "and", a "Name: …" headline whose quotation itself
 * reports, a particle cue with its preposition, a split content ended by "according to".
 * Hand-written sentences only.
 */
class SentenceShapesTest {

    @Test
    void sourceWithPostModifierEndingInAPronoun() {
        String t = "The ferry will stop running in March, a source close to him said.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("a source close to him", join(t, a.source()));
        assertEquals("The ferry will stop running in March", join(t, a.content()));
    }

    @Test
    void frontedParticipleClauseIsNotPartOfTheSource() {
        String t = "Worried by the floods, Mayor Ines Kahle, the head of the council, said that the dam would be raised.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("Mayor Ines Kahle, the head of the council", join(t, a.source()));
        assertEquals("that the dam would be raised", join(t, a.content()));
    }

    @Test
    void secondReportJoinedByAndEndsTheFirstContent() {
        String t = "Several farmers have said they will sell their land and others have said they will stay.";
        List<Attribution> found = extract(t);
        Attribution first = found.stream().filter(a -> join(t, a.source()).equals("Several farmers")).findFirst().orElseThrow();
        assertEquals("they will sell their land", join(t, first.content()));
        Attribution second = found.stream().filter(a -> join(t, a.source()).equals("others")).findFirst().orElseThrow();
        assertEquals("have said", join(t, second.cue()));
        assertEquals("they will stay", join(t, second.content()));
    }

    @Test
    void headlineSpeakerOwnsTheReportInsideItsQuotation() {
        String t = "Kahle: I Still Believe The Dam Will Hold.";
        List<Attribution> found = extract(t);
        assertEquals(1, found.size(), found.toString());
        assertEquals("Kahle", join(t, found.get(0).source()));
        assertEquals(":", join(t, found.get(0).cue()));
        assertEquals("I Still Believe The Dam Will Hold", join(t, found.get(0).content()));
    }

    @Test
    void particleCueTakesItsPreposition() {
        String t = "The harbour master weighed in on the plan to move the ferry terminal.";
        Attribution a = withCue(t, extract(t), "weighed in on");
        assertEquals("The harbour master", join(t, a.source()));
        assertEquals("the plan to move the ferry terminal", join(t, a.content()));
    }

    @Test
    void splitContentEndsBeforeAccordingTo() {
        // The passive report nested in a trailing "according to" goes (DocumentNesting: PolNeAR
        // gives the whole clause to the letter); the letter's content stops at the comma.
        String t = "The keeper is believed to have left the island, according to a letter his sister wrote.";
        List<Attribution> all = extract(t);
        assertTrue(all.stream().noneMatch(a -> join(t, a.cue()).equals("is believed")));
        Attribution letter = withCue(t, all, "according to");
        assertTrue(join(t, letter.source()).startsWith("a letter"), join(t, letter.source()));
        assertEquals("The keeper is believed to have left the island", join(t, letter.content()));
    }

    @Test
    void speechTagAfterTheClauseWithAParticipleTail() {
        String t = "The catch was poor this year, she said, wiping the salt off her hands.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("she", join(t, a.source()));
        assertEquals("The catch was poor this year", join(t, a.content()));
    }

    @Test
    void ageAppositiveTheChunkerRunsOverTheComma() {
        String t = "Halvorsen, 58, noted the harbour had been dredged twice.";
        Attribution a = withCue(t, extract(t), "noted");
        assertEquals("Halvorsen, 58", join(t, a.source()));
        assertEquals("the harbour had been dredged twice", join(t, a.content()));
    }

    @Test
    void nowBetweenSubjectAndVerbBelongsToTheCue() {
        String t = "Mayor Lind now says that the ferry will keep its old timetable.";
        Attribution a = withCue(t, extract(t), "now says");
        assertEquals("Mayor Lind", join(t, a.source()));
    }

    @Test
    void hyphenatedModifierStaysInsideTheSource() {
        String t = "\"The harbour is safe,\" the island-based newspaper wrote.";
        Attribution a = withCue(t, extract(t), "wrote");
        assertEquals("the island-based newspaper", join(t, a.source()));
    }

    @Test
    void appositiveOfNamesJoinedByAnd() {
        String t = "The island's historians, Marta and Jonas Eklund, wrote that the lighthouse was older than the church.";
        Attribution a = withCue(t, extract(t), "wrote");
        assertEquals("The island's historians, Marta and Jonas Eklund", join(t, a.source()));
        assertEquals("that the lighthouse was older than the church", join(t, a.content()));
    }

    @Test
    void sayAsForExampleIsNoCue() {
        String t = "The council could pick a cheaper site, say, the old harbour, and save a year.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).equals("say")), extract(t).toString());
    }

    @Test
    void hereAfterTheSubjectBelongsToTheSource() {
        String t = "Opponents of the new quay here say the harbour will silt up within a decade.";
        Attribution a = withCue(t, extract(t), "say");
        assertEquals("Opponents of the new quay here", join(t, a.source()));
        assertEquals("the harbour will silt up within a decade", join(t, a.content()));
    }

    @Test
    void participleTakesTheMainSubjectPastATimeAdverbial() {
        String t = "The harbour board on Thursday stepped up its campaign against the ferry line, saying the boats were unsafe.";
        Attribution a = withCue(t, extract(t), "saying");
        assertEquals("The harbour board", join(t, a.source()));
        assertEquals("the boats were unsafe", join(t, a.content()));
    }
}
