package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain "X said …" reports that used to be missed entirely: a time adverbial between the
 * subject and the cue, "…, X said, adding that …", a title-case headline whose cue the tagger
 * reads as a name, a lone quantifier as the subject, a coordinated appositive and a "when"
 * clause between the subject and the cue. Hand-written sentences only.
 */
class SaidShapesTest {

    @Test
    void presentTenseTagAfterAQuotationIsAVerbNotAPluralNoun() {
        // Both taggers read "notes"/"recalls" here as a plural noun ending the subject.
        String t = "\"The bridge is late again,\" Falk notes. \"Nobody listened to us,\" she recalls.";
        List<Attribution> found = extract(t);
        Attribution notes = withCue(t, found, "notes");
        assertEquals("Falk", join(t, notes.source()));
        assertEquals("\"The bridge is late again,\"", join(t, notes.content()));
        assertEquals("note", notes.cueLemma());
        assertEquals("she", join(t, withCue(t, found, "recalls").source()));
    }

    @Test
    void aWrittenThingReadsItsWordingButPeopleJustRead() {
        String t = "\"The harbour stays open all winter,\" the notice read. The ferry crew read the timetable twice.";
        List<Attribution> found = extract(t);
        Attribution notice = withCue(t, found, "read");
        assertEquals("the notice", join(t, notice.source()));
        assertEquals("\"The harbour stays open all winter,\"", join(t, notice.content()));
        assertEquals(1, found.size(), "reading a timetable reports nothing: " + found);
    }

    @Test
    void timeAdverbialBetweenSubjectAndCue() {
        String t = "Harbour master Ola Brekke later Thursday told the council that the ferry would stop in March.";
        Attribution a = withCue(t, extract(t), "told");
        assertEquals("Harbour master Ola Brekke", join(t, a.source()));
        assertEquals("that the ferry would stop in March", join(t, a.content()));
    }

    @Test
    void timePhraseWithPrepositionBetweenSubjectAndCue() {
        String t = "The county clerk on Monday evening said the ballots had all been counted.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("The county clerk", join(t, a.source()));
        assertEquals("the ballots had all been counted", join(t, a.content()));
    }

    @Test
    void saidThenAddingKeepsTheLeadingClause() {
        String t = "The new bridge will open in May, the mayor said, adding that tolls would be low.";
        List<Attribution> found = extract(t);
        Attribution said = withCue(t, found, "said");
        assertEquals("the mayor", join(t, said.source()));
        assertEquals("The new bridge will open in May", join(t, said.content()));
        Attribution adding = withCue(t, found, "adding");
        assertEquals("the mayor", join(t, adding.source()));
        assertEquals("that tolls would be low", join(t, adding.content()));
    }

    @Test
    void titleCaseHeadlineCueTaggedAsName() {
        String t = "Brekke Says The Ferry Will Stop Running In March.";
        Attribution a = withCue(t, extract(t), "Says");
        assertEquals("Brekke", join(t, a.source()));
        assertEquals("The Ferry Will Stop Running In March", join(t, a.content()));
    }

    @Test
    void loneQuantifierIsTheSubject() {
        String t = "Several said they would rather keep the old ferry.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("Several", join(t, a.source()));
        assertEquals("they would rather keep the old ferry", join(t, a.content()));
    }

    @Test
    void contrastedQuantifierReportsBothStand() {
        String t = "One survey says there are 300 farms in the valley, while another says there are about 250.";
        List<Attribution> found = extract(t);
        Attribution second = found.stream().filter(a -> join(t, a.source()).equals("another")).findFirst().orElseThrow();
        assertEquals("there are about 250", join(t, second.content()));
        Attribution first = found.stream().filter(a -> join(t, a.source()).equals("One survey")).findFirst().orElseThrow();
        assertEquals("there are 300 farms in the valley", join(t, first.content()));
    }

    @Test
    void coordinatedAppositiveStaysInTheSource() {
        String t = "Tom Baker, a former county judge and a deputy mayor of Dover, said the plan had failed.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("Tom Baker, a former county judge and a deputy mayor of Dover", join(t, a.source()));
        assertEquals("the plan had failed", join(t, a.content()));
    }

    @Test
    void whenClauseAfterTheSubjectIsLeftOut() {
        String t = "The clerk's office, when contacted by the Gazette, said the mayor could not recall the meeting.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("The clerk's office", join(t, a.source()));
        assertEquals("the mayor could not recall the meeting", join(t, a.content()));
    }

    @Test
    void invertedReadTagWithAWrittenThingReportsItsWording() {
        String t = "\"The harbour stays open all winter,\" read the notice from the port office. \"Ferries leave hourly.\""
                + " \"Bring a coat,\" read Mara.";
        List<Attribution> found = extract(t);
        Attribution notice = withCue(t, found, "read");
        assertEquals("the notice from the port office", join(t, notice.source()));
        assertEquals("\"The harbour stays open all winter,\" … \"Ferries leave hourly.\"", join(t, notice.content()));
        assertEquals(1, found.stream().filter(a -> join(t, a.cue()).equals("read")).count(), "a person reading aloud is no document: " + found);
    }

    @Test
    void speechTagOnlyVerbsReportOnlyAsTheTagOfAQuotation() {
        String t = "“Would the fares stay low?” Holt pressed. “Maybe for the students?”"
                + " “The boat is late,” he went on. She pressed the button and went on for hours.";
        List<Attribution> found = extract(t);
        assertEquals("“Would the fares stay low?” … “Maybe for the students?”", join(t, withCue(t, found, "pressed").content()));
        assertEquals("Holt", join(t, withCue(t, found, "pressed").source()));
        assertEquals("“The boat is late,”", join(t, withCue(t, found, "went on").content()));
        assertEquals(2, found.size(), "pressing a button or going on for hours reports nothing: " + found);
    }

    @Test
    void beamingIsASpeechTagAfterAQuotation() {
        String t = "“This is a great day for the island!” the ferry captain beamed. The sun beamed on the harbour.";
        List<Attribution> found = extract(t);
        assertEquals("the ferry captain", join(t, withCue(t, found, "beamed").source()));
        assertEquals("“This is a great day for the island!”", join(t, withCue(t, found, "beamed").content()));
        assertEquals(1, found.size(), "the sun beaming reports nothing: " + found);
    }
}
