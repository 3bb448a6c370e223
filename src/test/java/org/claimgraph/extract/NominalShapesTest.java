package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.assertTriple;
import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Possessed noun cues ({@link NominalPattern}), opening participles ({@link OpeningParticiple}), {@link ReportedBy} and the reports next to them. Invented sentences. */
class NominalShapesTest {

    @Test
    void participleAfterPossessedNounSharesTheClauseSubjectNotThePossessive() {
        String t = "The harbour master defended her plan to sell the old pier, saying the town needed the money.";
        assertTriple(t, "The harbour master", "saying", "the town needed the money");
    }

    @Test
    void attackNounTakesItsTargetAfterOn() {
        String t = "Voters in the valley cheered the senator's attacks on the toll road.";
        assertTriple(t, "the senator's", "attacks on", "the toll road");
    }

    @Test
    void openingParticipleTakesTheMainClauseSubjectAsSource() {
        String t = "After announcing that the ferry would stop in May, the harbour board closed its office.";
        assertTriple(t, "the harbour board", "announcing", "that the ferry would stop in May");
    }

    @Test
    void dummyItStaysInsideThePhrasalCue() {
        String t = "The harbour master made it clear that no ferry would leave before noon.";
        assertTriple(t, "The harbour master", "made it clear", "that no ferry would leave before noon");
    }

    @Test
    void publishedStatementWithDayAndAnyReportingParticipleIsOneCue() {
        String t = "The port authority released a statement Tuesday condemning the strike at the grain terminal.";
        assertTriple(t, "The port authority", "released a statement Tuesday condemning", "the strike at the grain terminal");
    }

    @Test
    void mannerAdverbBeforeThePrepositionStaysInTheSpeakingCue() {
        String t = "The retired captain spoke warmly of the old lighthouse keepers.";
        assertTriple(t, "The retired captain", "spoke warmly of", "the old lighthouse keepers");
    }

    @Test
    void lightVerbWithMentionOrSecretIsOneCue() {
        String t = "The ferry captain made no mention of the broken radar.";
        assertTriple(t, "The ferry captain", "made no mention of", "the broken radar");
    }

    @Test
    void takeIdiomsAreLightVerbCues() {
        String t = "The harbour master took a swipe at the ferry company.";
        assertTriple(t, "The harbour master", "took a swipe at", "the ferry company");
    }

    @Test
    void lightVerbContentKeepsARelativeClauseOnItsObject() {
        String t = "The mayor raised concerns about a rule that lets the ferry skip the island.";
        assertTriple(t, "The mayor", "raised concerns about", "a rule that lets the ferry skip the island");
    }

    @Test
    void possessedNounContentKeepsAReducedRelative() {
        // "liked" would be a report of its own (its object holds the nested noun report)
        String t = "The paper printed her proposal for a toll exempting island residents.";
        assertTriple(t, "her", "proposal for", "a toll exempting island residents");
    }

    @Test
    void notesAfterANameIsTheVerbEvenWhenTaggedANoun() {
        String t = "Pew notes that the ferry surveys are not reliable.";
        assertTriple(t, "Pew", "notes", "that the ferry surveys are not reliable"); // "notes" is tagged a noun here
    }

    @Test
    void passiveReportedByNamesItsAgentAsSource() {
        String t = "The ferry deal was first reported by the Island Gazette.";
        assertTriple(t, "the Island Gazette", "was first reported by", "The ferry deal");
    }

    @Test
    void openingAsReportedByTakesTheRestOfTheSentence() {
        String t = "As reported by the Island Gazette, the ferry will stop running in May.";
        assertTriple(t, "the Island Gazette", "reported", "the ferry will stop running in May");
    }

    @Test
    void passiveReportingVerbWithByAgentNamesTheSource() {
        String t = "The toll plan was sharply criticized by the island council.";
        assertTriple(t, "the island council", "was sharply criticized", "The toll plan");
    }

    @Test
    void bareOpeningParticipleTakesTheMainClauseSubjectAsSource() {
        String t = "Declaring that the pier was safe, the harbour master reopened the ferry route.";
        assertTriple(t, "the harbour master", "Declaring", "that the pier was safe");
    }

    @Test
    void soundedANoteIsALightVerbCue() {
        String t = "The harbour master sounded a cautious note about the new timetable.";
        assertTriple(t, "The harbour master", "sounded a cautious note about", "the new timetable");
    }

    @Test
    void talkUpIsAPhrasalCue() {
        String t = "The mayor talked up the new ferry terminal at every stop.";
        assertTriple(t, "The mayor", "talked up", "the new ferry terminal at every stop");
    }

    @Test
    void possessedCondemnationAndPortrayalAreNounCues() {
        String t = "Few councillors heard the mayor's condemnation of the new parking fees.";
        assertTriple(t, "the mayor's", "condemnation of", "the new parking fees");
        String u = "In the spring her portrayal of the old harbour was printed in every paper.";
        assertTriple(u, "her", "portrayal of", "the old harbour");
    }

    @Test
    void possessedAccountAndRulingNounsAreNounCues() {
        String t = "By the spring the skipper's account of the storm was printed in every paper.";
        assertTriple(t, "the skipper's", "account of", "the storm");
        String u = "The judge's order to reopen the old pier was posted on the gate.";
        assertTriple(u, "The judge's", "order", "to reopen the old pier");
    }

    @Test
    void infinitiveAndRelativeClauseAfterTheObjectNounStayInTheContent() {
        String t = "Voters cheered her attacks on the board's willingness to raise the ferry fares.";
        assertTriple(t, "her", "attacks on", "the board's willingness to raise the ferry fares");
        String u = "The fishermen shared his criticism of a toll system that mostly favours tourists.";
        assertTriple(u, "The fishermen", "shared his criticism of", "a toll system that mostly favours tourists");
    }

    @Test
    void adjectivesBetweenPossessorAndNounBelongToTheCue() {
        String t = "Within a week the council had forgotten the mayor's loud calls for a new bridge.";
        assertTriple(t, "the mayor's", "loud calls for", "a new bridge");
    }

    @Test
    void possessedNounCueInsideAnotherReportsContentIsOnlyItsTopic() {
        String t = "The harbour master mocked the council's criticism of the old pier.";
        List<Attribution> all = extract(t);
        assertEquals("the council's criticism of the old pier", join(t, withCue(t, all, "mocked").content()));
        assertTrue(all.stream().noneMatch(a -> join(t, a.cue()).equals("criticism of")));
    }
}
