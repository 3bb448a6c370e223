package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Contents that used to stop far too early: each shape on an invented sentence. */
class ShortContentsTest {

    @Test
    void backedGerundListRunsToItsLastItem() {
        String t = "The council supported closing schools, raising taxes and cutting bus routes.";
        assertEquals("closing schools, raising taxes and cutting bus routes",
                join(t, withCue(t, extract(t), "supported").content()));
    }

    @Test
    void commentingParticipleAfterABackedGerundIsNoListItem() {
        String t = "The council supported closing schools, saying the town could not pay.";
        assertEquals("closing schools", join(t, withCue(t, extract(t), "supported").content()));
    }

    @Test
    void gerundTaggedAsANounStillOpensTheBackedClause() {
        String t = "The senator would support handing out state money based on test scores.";
        assertEquals("handing out state money based on test scores",
                join(t, withCue(t, extract(t), "would support").content()));
    }

    @Test
    void definiteNounPhraseThatStartsAListIsNoAppositive() {
        String t = "The mayor noted the flood damage, her plan for the river and her work for the valley.";
        assertEquals("the flood damage, her plan for the river and her work for the valley",
                join(t, withCue(t, extract(t), "noted").content()));
        String u = "The mayor praised the new ferry timetable, the plan drawn up by the harbour board.";
        assertEquals("the new ferry timetable", join(u, withCue(u, extract(u), "praised").content()));
    }

    @Test
    void participleBeforeASecondModifierStaysInsideTheObject() {
        String t = "He also expressed concern about the closed primary system in Ohio.";
        assertEquals("the closed primary system in Ohio",
                join(t, withCue(t, extract(t), "also expressed concern about").content()));
    }

    @Test
    void infinitiveAfterABackedNounBelongsToTheObject() {
        String t = "The union backed a bill to tighten safety checks for ferries.";
        assertEquals("a bill to tighten safety checks for ferries", join(t, withCue(t, extract(t), "backed").content()));
        String u = "The council opposed efforts to close the harbour, saying it was needed.";
        assertEquals("efforts to close the harbour", join(u, withCue(u, extract(u), "opposed").content()));
    }

    @Test
    void secondQuotationLeftOpenAtTheParagraphEndGoesOnWithTheFirst() {
        String t = "\u201cThe ferry is a fine boat,\u201d said Olsen. \u201cThe crew has done well. Nobody could ask for more.\n\n"
                + "She went on, \u201cThat is all.\u201d";
        assertEquals("\u201cThe ferry is a fine boat,\u201d … \u201cThe crew has done well. Nobody could ask for more.",
                join(t, withCue(t, extract(t), "said").content()));
    }

    @Test
    void chargeAfterThePassiveAgentIsTheContentsSecondPiece() {
        String t = "The clerk was berated by his boss for losing the keys to the depot.";
        Attribution a = withCue(t, extract(t), "was berated");
        assertEquals("his boss", join(t, a.source()));
        assertEquals("The clerk … for losing the keys to the depot", join(t, a.content()));
    }

    @Test
    void exceptionAfterAVotedForObjectStaysWithIt() {
        String t = "The farmers cast their votes for candidates other than the mayor.";
        assertEquals("candidates other than the mayor", join(t, withCue(t, extract(t), "cast their votes for").content()));
    }

    @Test
    void nounPhraseListAfterANounCueRunsToItsLastItem() {
        String t = "He faced accusations of theft, fraud and arson.";
        assertEquals("theft, fraud and arson", join(t, withCue(t, extract(t), "accusations of").content()));
        String u = "She made comments about the plan, and the board voted it down.";
        assertEquals("the plan", join(u, withCue(u, extract(u), "made comments about").content()));
    }

    @Test
    void ofTaggedAsASubordinatorStaysInsideTheObject() {
        // the universal tagger calls this "of" SCONJ; it is still the noun's preposition
        String t = "The senator has recently made comments about the possibility of voter fraud during the count.";
        assertEquals("the possibility of voter fraud during the count",
                join(t, withCue(t, extract(t), "has recently made comments about").content()));
    }
}
