package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;

import org.junit.jupiter.api.Test;

/**
 * Cues that end in a preposition: a light verb with a speech-act noun ("voiced concerns
 * about"), a stance adjective after a copula ("has been critical of"), a possessed noun cue from the
 * wider noun list ("Mr. Dahl's objections about"), passive reporting verbs with "about" ("was asked
 * about") and passive judgements ("is widely seen as", "is known for").
 * Hand-written sentences only.
 */
class PhrasalCueTest {

    @Test
    void lightVerbWithCueNounAndPreposition() {
        String t = "The harbour council voiced concerns about the new ferry timetable.";
        Attribution a = withCue(t, extract(t), "voiced concerns about");
        assertEquals("The harbour council", join(t, a.source()));
        assertEquals("the new ferry timetable", join(t, a.content()));
    }

    @Test
    void offeredThoughtsOnIsOneCue() {
        String t = "The retired ferry captain offered his thoughts on the new harbour rules.";
        Attribution a = withCue(t, extract(t), "offered his thoughts on");
        assertEquals("The retired ferry captain", join(t, a.source()));
        assertEquals("the new harbour rules", join(t, a.content()));
    }

    @Test
    void showedNoSignOfIsOneCue() {
        String t = "The harbour board showed no sign of softening its stance on the night ferries.";
        Attribution a = withCue(t, extract(t), "showed no sign of");
        assertEquals("The harbour board", join(t, a.source()));
        assertEquals("softening its stance on the night ferries", join(t, a.content()));
    }

    @Test
    void gerundAfterALightVerbCueRunsToTheClauseEnd() {
        String t = "The harbour board showed no sign of giving up its plan to sell the pier.";
        Attribution a = withCue(t, extract(t), "showed no sign of");
        assertEquals("giving up its plan to sell the pier", join(t, a.content()));
    }

    @Test
    void auxiliaryBelongsToTheLightVerbCue() {
        String t = "Mayor Olsen has raised questions about the bakery's licence.";
        Attribution a = withCue(t, extract(t), "has raised questions about");
        assertEquals("Mayor Olsen", join(t, a.source()));
        assertEquals("the bakery's licence", join(t, a.content()));
    }

    @Test
    void lightVerbWithCueNounAndThatClause() {
        String t = "The fishermen expressed hope that the quota would be raised next spring.";
        Attribution a = withCue(t, extract(t), "expressed hope");
        assertEquals("The fishermen", join(t, a.source()));
        assertEquals("that the quota would be raised next spring", join(t, a.content()));
    }

    @Test
    void lightVerbWithAnOrdinaryNounIsNoCue() {
        String t = "The council raised taxes on the harbour last year.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).startsWith("raised")),
                "taxes are no speech act");
    }

    @Test
    void stanceAdjectiveAfterCopula() {
        String t = "The village doctors have been critical of the clinic's opening hours.";
        Attribution a = withCue(t, extract(t), "have been critical of");
        assertEquals("The village doctors", join(t, a.source()));
        assertEquals("the clinic's opening hours", join(t, a.content()));
    }

    @Test
    void stanceAdjectiveWithGerundContent() {
        String t = "The farmers are worried about losing their grazing rights.";
        Attribution a = withCue(t, extract(t), "are worried about");
        assertEquals("The farmers", join(t, a.source()));
        assertEquals("losing their grazing rights", join(t, a.content()));
    }

    @Test
    void attributiveStanceAdjectiveIsNoCue() {
        String t = "It was a critical moment for the small harbour.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).contains("critical")));
    }

    @Test
    void possessedNounCueFromTheWiderNounList() {
        String t = "Mr. Dahl's objections about the night flights were ignored.";
        Attribution a = withCue(t, extract(t), "objections about");
        assertEquals("Mr. Dahl's", join(t, a.source()));
        assertEquals("the night flights", join(t, a.content()));
    }

    @Test
    void passiveSeenAsReportsACommonView() {
        String t = "The northern harbour is widely seen as the safest in the region.";
        Attribution a = withCue(t, extract(t), "is widely seen as");
        assertTrue(a.source().isEmpty());
        assertEquals("The northern harbour … the safest in the region", join(t, a.content()));
    }

    @Test
    void passiveKnownForKeepsThePreposition() {
        String t = "The baker is best known for his rye bread.";
        Attribution a = withCue(t, extract(t), "is best known for");
        assertTrue(a.source().isEmpty());
        assertEquals("The baker … his rye bread", join(t, a.content()));
    }

    @Test
    void dummySubjectStaysOutOfARaisedContent() {
        String t = "It is expected to rain again on Sunday.";
        Attribution a = withCue(t, extract(t), "is expected");
        assertEquals("to rain again on Sunday", join(t, a.content()));
    }

    @Test
    void passiveAskedAboutHasNoSource() {
        String t = "The harbour master was asked about the broken crane.";
        Attribution a = withCue(t, extract(t), "was asked about");
        assertTrue(a.source().isEmpty(), "the person asked is not the source");
        assertEquals("the broken crane", join(t, a.content()));
    }

    @Test
    void passiveAskedWithIndirectQuestionHasNoSource() {
        String t = "In a radio interview, the harbour master was asked whether the crane would be repaired.";
        Attribution a = withCue(t, extract(t), "was asked");
        assertTrue(a.source().isEmpty(), "the person asked is not the source");
        assertEquals("whether the crane would be repaired", join(t, a.content()));
    }

    @Test
    void asSourcePutItIsAParentheticalCue() {
        String t = "The ferry was late again. As the harbour master put it, \"The tide does not wait for timetables.\"";
        Attribution a = withCue(t, extract(t), "put it");
        assertEquals("the harbour master", join(t, a.source()));
        assertEquals("\"The tide does not wait for timetables.\"", join(t, a.content()));
    }

    @Test
    void putItWithoutAsIsNoCue() {
        // "put it," with its comma but no "as" before the speaker: a plain verb, no parenthetical cue
        String t = "The crane was broken, so the harbour master put it, with some care, in the shed.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).equals("put it")));
    }

    @Test
    void firstMemberToEndorseIsTheSource() {
        String t = "Two harbour councillors on Monday became the first members of the board to endorse the ferry plan.";
        Attribution a = withCue(t, extract(t), "to endorse");
        assertEquals("the first members of the board", join(t, a.source()));
        assertEquals("the ferry plan", join(t, a.content()));
    }

    @Test
    void coordinatedCueAfterButNowSharesTheSubject() {
        String t = "The harbour master backed the old timetable for years, but now says the night ferries must stop.";
        Attribution a = withCue(t, extract(t), "says");
        assertEquals("The harbour master", join(t, a.source()));
        assertEquals("the night ferries must stop", join(t, a.content()));
    }

    @Test
    void supportVerbTakesTheObjectAloneAsContent() {
        String t = "Most of the fishermen support the new quota in the northern bay.";
        Attribution a = withCue(t, extract(t), "support");
        assertEquals("Most of the fishermen", join(t, a.source()));
        assertTrue(join(t, a.content()).startsWith("the new quota"));
    }

    @Test
    void participleSupportingAfterItsSubject() {
        String t = "Outside groups supporting Mayor Olsen spent heavily in the spring.";
        Attribution a = withCue(t, extract(t), "supporting");
        assertEquals("Outside groups", join(t, a.source()));
        assertEquals("Mayor Olsen", join(t, a.content()));
    }

    @Test
    void modifiedNounSupportIsNoCueButAPassiveWithItsAgentIs() {
        // A sentence-opening "(The) support for X" is a sourceless noun cue (BareNounPattern); a modified one is not.
        // A passive with its "by" agent names the holder (ReportedBy): PolNeAR annotates it.
        String t = "Voter support for the quota grew. The quota is supported by the union.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).contains("support for")));
        Attribution a = withCue(t, extract(t), "is supported");
        assertEquals("the union", join(t, a.source()));
        assertEquals("The quota", join(t, a.content()));
    }

    @Test
    void objectFrameAfterAQuotedParagraphKeepsItsOwnObject() {
        String t = "The ferry captain said, \u201cThe harbour is too shallow for the new boats.\u201d\n\n"
                + "He called the plan \u201ca costly mistake\u201d at the meeting.";
        Attribution a = withCue(t, extract(t), "called");
        assertEquals("He", join(t, a.source()));
        assertTrue(join(t, a.content()).startsWith("the plan \u201ca costly mistake\u201d"),
                "the object and its quotation, not the previous paragraph's quotation: " + join(t, a.content()));
    }

    @Test
    void objectFrameWithAsPhraseAfterAQuotedParagraph() {
        String t = "The ferry captain said, \u201cThe harbour is too shallow for the new boats.\u201d\n\n"
                + "She described the new timetable as a burden for the island families.";
        Attribution a = withCue(t, extract(t), "described");
        assertEquals("She", join(t, a.source()));
        assertEquals("the new timetable as a burden for the island families", join(t, a.content()));
    }

    @Test
    void namedWithAnObjectIsAVerdict() {
        String t = "The harbour board named the ferry link its top priority for the coming year.";
        Attribution a = withCue(t, extract(t), "named");
        assertEquals("The harbour board", join(t, a.source()));
        assertTrue(join(t, a.content()).startsWith("the ferry link its top priority"), join(t, a.content()));
    }

    @Test
    void nameGivenAfterANounOrAParticipleIsNoCue() {
        String t = "A fisherman named Ole Berg sold the boat without naming a price.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).contains("nam")),
                "a name and an unnamed price report nothing");
    }

    @Test
    void identifiedWithAnObjectIsACue() {
        String t = "The harbour inspectors identified the old pier as the main danger to swimmers.";
        Attribution a = withCue(t, extract(t), "identified");
        assertEquals("The harbour inspectors", join(t, a.source()));
        assertEquals("the old pier as the main danger to swimmers", join(t, a.content()));
    }

    @Test
    void identifyAsOrWithIsMembershipNotACue() {
        String t = "Most of the island voters identify as independents and identify with no party.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).contains("identify")),
                "self-description as a member reports nothing");
    }

    @Test
    void telephoneCallIsNoVerdict() {
        String t = "Late on Tuesday, the harbour master called Olsen. Then the mayor called.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).contains("called")),
                () -> "a phone call reports nothing: " + extract(t).stream()
                        .map(a -> join(t, a.source()) + " | " + join(t, a.cue()) + " | " + join(t, a.content())).toList());
        String v = "The harbour master called Olsen \u201ca careless skipper\u201d at the meeting.";
        Attribution a = withCue(v, extract(v), "called");
        assertEquals("The harbour master", join(v, a.source()));
    }

    @Test
    void objectRunsPastAnAbbreviatedTitle() {
        String t = "The mayor threw her support behind Sen. Okafor in the primary.";
        Attribution a = withCue(t, extract(t), "threw her support behind");
        assertTrue(join(t, a.content()).startsWith("Sen. Okafor"), join(t, a.content()));
        org.claimgraph.annotate.Sentence s = TagRepairTest.tagged("behind/ADP/IN Sen/PROPN/NNP ./PUNCT/. Lee/PROPN/NNP"
                + " today/NOUN/NN ./PUNCT/.");
        assertTrue(Tokens.abbreviationDot(s, 2) == false, "the builder spaces the dot: no abbreviation");
    }
}
