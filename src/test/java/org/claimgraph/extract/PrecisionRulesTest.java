package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.annotate.Span;
import org.junit.jupiter.api.Test;

/** Precision rules: cue words that report nothing, and boundaries of what is reported. */
class PrecisionRulesTest {

    private static boolean hasCue(String t, List<Attribution> all, String cue) {
        return all.stream().anyMatch(a -> join(t, a.cue()).equals(cue));
    }

    @Test
    void aspectualVerbBeforeANonReportingInfinitiveIsNoCue() {
        String t = "The ferry company continues to lose money on the northern route.";
        assertFalse(hasCue(t, extract(t), "continues"));
        String u = "The skipper went on to win the regatta twice.";
        assertFalse(hasCue(u, extract(u), "went on"));
    }

    @Test
    void aspectualVerbWithAQuotationStillReports() {
        String t = "“The quay is a disgrace,” the skipper continued.";
        Attribution a = withCue(t, extract(t), "continued");
        assertEquals("“The quay is a disgrace,”", join(t, a.content()));
    }

    @Test
    void thatSaidIsAnIdiom() {
        String t = "That said, the harbour board will meet again in May.";
        assertFalse(hasCue(t, extract(t), "said"));
    }

    @Test
    void participleAfterTheCueIsNoContent() {
        String t = "The harbour master said, pointing at the broken crane.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.content()).startsWith("pointing")));
    }

    @Test
    void relativeClauseOnTheContentSubjectStaysInTheContent() {
        String t = "The skipper said the new timetable, which starts in June, would ruin the fishermen.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("the new timetable, which starts in June, would ruin the fishermen", join(t, a.content()));
    }

    @Test
    void cueAtTheEndWithALongAdjunctTakesTheLeadingClause() {
        String t = "The north quay will reopen in June, the harbour master said during a long meeting of the board on Tuesday.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("The north quay will reopen in June", join(t, a.content()));
        assertEquals("the harbour master", join(t, a.source()));
    }

    @Test
    void ifAfterAQuotedTitleOpensTheContent() {
        String t = "On the radio show “Harbour Hour,” Ida Brandt said if the board refused she would resign.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("if the board refused she would resign", join(t, a.content()));
    }

    @Test
    void contentNeverOverlapsItsSource() {
        String t = "Ola Berg, a retired ferry pilot, said quietly into the phone.";
        for (Attribution a : extract(t)) {
            for (Span c : a.content()) {
                assertTrue(a.source().stream().noneMatch(c::overlaps), () -> "content overlaps source: " + join(t, a.content()));
            }
        }
    }

    @Test
    void openingMarkTypedAsClosingEndsTheQuotation() {
        String t = "“Probably not,“ the skipper said.";
        List<Span> quotes = new QuoteFinder().find(t);
        assertEquals(List.of(new Span(0, 15)), quotes);
        assertEquals("“Probably not,“", quotes.get(0).of(t));
        String u = "He said “yes“ and left, then “no.”";
        assertEquals(List.of("“yes“", "“no.”"), new QuoteFinder().find(u).stream().map(s -> s.of(u)).toList());
    }

    @Test
    void departmentAfterSecretaryOfIsPartOfTheRole() {
        String t = "US Secretary of Transport Ida Brandt said the bridge would be rebuilt by next spring.";
        Attribution a = withCue(t, extract(t), "said");
        assertNotNull(a.speaker());
        assertEquals("Ida Brandt", a.speaker().name());
        assertTrue(a.speaker().role() != null && a.speaker().role().contains("Transport"), () -> "role " + a.speaker().role());
    }

    @Test
    void aspectualVerbBeforeAReportingInfinitiveJoinsTheCue() {
        String t = "The skipper went on to tell the board that the quay was unsafe.";
        Attribution a = withCue(t, extract(t), "went on to tell");
        assertEquals("The skipper", join(t, a.source()));
        assertEquals("that the quay was unsafe", join(t, a.content()));
    }

    @Test
    void objectBeforeAParticipleIsNotItsSource() {
        String t = "Mayor Ida Brandt took a swipe at the ferry company, saying its boats were always late.";
        Attribution a = withCue(t, extract(t), "saying");
        assertEquals("Mayor Ida Brandt", join(t, a.source()));
    }

    @Test
    void colonTallyIsNoHeadlineStatement() {
        String t = "Harbour board: 14";
        assertTrue(extract(t).isEmpty(), () -> "found " + extract(t).size());
        String u = "Editor’s Note: The following text was written by the harbour board.";
        assertTrue(extract(u).stream().noneMatch(a -> join(u, a.source()).contains("Note")));
    }

    @Test
    void toldWithoutAReportedClauseIsNoAttribution() {
        String t = "His grandfather told him about the old harbour every summer.";
        assertFalse(hasCue(t, extract(t), "told"));
        String u = "His grandfather told him the old harbour was built in 1890.";
        assertEquals("the old harbour was built in 1890", join(u, withCue(u, extract(u), "told").content()));
        String v = "The skipper told the crew the quay was unsafe.";
        assertEquals("the quay was unsafe", join(v, withCue(v, extract(v), "told").content()));
    }

    @Test
    void adjunctAfterTheCueIsNoContent() {
        String t = "The skipper said with a laugh.";
        assertFalse(hasCue(t, extract(t), "said"));
    }

    @Test
    void accordingToInsideAClauseTakesBothParts() {
        String t = "The new quay, according to the harbour board, will cost four million kroner.";
        Attribution a = withCue(t, extract(t), "according to");
        assertEquals("The new quay … will cost four million kroner", join(t, a.content()));
    }

    @Test
    void namingParticipleAfterANounIsNoCue() {
        String t = "Fishermen founded a group called Harbour First to fight the plan.";
        assertFalse(hasCue(t, extract(t), "called"));
        String u = "Ida Brandt called the plan “a disaster for the town.”";
        assertEquals("the plan “a disaster for the town.”", join(u, withCue(u, extract(u), "called").content()));
    }
    @Test
    void callNamingAfterAnIndefiniteNounOrAfterWhatHeCalledIsNoCue() {
        String t = "Her two brothers joined a movement called the Harbour Front.";
        assertFalse(hasCue(t, extract(t), "called"));
        String u = "The mayor criticised what she called the endless delays of the harbour board.";
        assertFalse(hasCue(u, extract(u), "called"));
        String v = "The skipper called the new timetable “a disaster for the town.”";
        assertTrue(hasCue(v, extract(v), "called"));
    }

    @Test
    void respondedToWithoutNegationIsNoCue() {
        String t = "The harbour board responded to the protest by closing the north quay for a week.";
        assertFalse(hasCue(t, extract(t), "responded"));
    }

    @Test
    void knownAsAndYouKnowAreNoCues() {
        String t = "The fishermen met at a small cafe known as the Anchor near the old quay.";
        assertFalse(hasCue(t, extract(t), "known"));
        String u = "You know, the ferry has been late every single morning this week.";
        assertFalse(hasCue(u, extract(u), "know"));
        String v = "The skipper knows the quay will close in June.";
        assertTrue(hasCue(v, extract(v), "knows"));
    }

    @Test
    void showedUpIsNoCue() {
        String t = "Hundreds of fishermen showed up at the harbour meeting on Tuesday.";
        assertFalse(hasCue(t, extract(t), "showed"));
        String u = "The new survey shows that most fishermen oppose the timetable.";
        assertTrue(hasCue(u, extract(u), "shows"));
    }

    @Test
    void bareAndGerundFindMeanComeUpon() {
        String t = "The harbour board could find a new site for the ferry terminal next year.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).contains("find")));
        String u = "The board had trouble finding a buyer for the old crane.";
        assertFalse(hasCue(u, extract(u), "finding"));
    }

    @Test
    void seekAfterWhoDescribesThePeople() {
        String t = "Fishermen who seek new licences must apply before the end of May.";
        assertFalse(hasCue(t, extract(t), "seek"));
    }

    @Test
    void continuingAndContinuesToWithoutAReportingVerbAreNoCues() {
        String t = "The ferry company is continuing its talks with the harbour board.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).contains("continuing")));
        String u = "The old crane continues to rust in the rain beside the quay.";
        assertTrue(extract(u).stream().noneMatch(a -> join(u, a.cue()).contains("continues")));
    }

    @Test
    void findingOneselfSomewhereIsNoFinding() {
        String t = "The ferry company found itself at the centre of the harbour dispute.";
        assertFalse(hasCue(t, extract(t), "found"));
        String u = "The inspectors found that the quay was unsafe.";
        assertTrue(hasCue(u, extract(u), "found"));
    }

    @Test
    void thinkTankIsANoun() {
        String t = "A harbour think tank published a report on the ferry fares.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).startsWith("think")));
    }

    @Test
    void addingToATallyIsNoRemark() {
        String t = "The ferry company won the northern contract, adding to its victories in the south.";
        assertFalse(hasCue(t, extract(t), "adding"));
    }

    @Test
    void reportedFromAPlaceIsACredit() {
        String t = "Jane Harbour reported from the northern quay.";
        assertFalse(hasCue(t, extract(t), "reported"));
    }

    @Test
    void pledgedDelegatesAreNoPledge() {
        String t = "The mayor leads the race by forty pledged delegates.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).contains("pledged")));
    }

    @Test
    void knownForIsAReputation() {
        String t = "The harbour board, known for its long meetings, met again on Tuesday.";
        assertFalse(hasCue(t, extract(t), "known"));
    }

    @Test
    void questionToTheReaderIsNoStance() {
        String t = "Do you support the new ferry timetable?";
        assertTrue(extract(t).isEmpty());
        String u = "You support the new ferry timetable.";
        assertFalse(extract(u).isEmpty());
    }

    @Test
    void thoughtsInsideARunningQuotationAreTheQuotedSpeakers() {
        String t = "The skipper spoke for an hour.\n\n\u201cWe sailed into the harbour at dawn. The crew believed the quay would hold, "
                + "and we tied up.\n\nThe ferry company believes the quay will hold.";
        List<Attribution> all = extract(t);
        assertFalse(hasCue(t, all, "believed"));
        assertTrue(hasCue(t, all, "believes"));
    }

    @Test
    void phrasalParticleMakesAnotherVerb() {
        String t = "The harbour board wrote off the old ferry loan last spring.";
        assertFalse(hasCue(t, extract(t), "wrote"));
        String u = "The harbour board called off the regatta after the storm.";
        assertFalse(hasCue(u, extract(u), "called"));
        String v = "The harbour board wrote that the old ferry loan was lost.";
        assertTrue(hasCue(v, extract(v), "wrote"));
    }

    @Test
    void findingAThingIsNoStance() {
        String t = "The ferry crew found a new home in the northern harbour.";
        assertFalse(hasCue(t, extract(t), "found"));
        String u = "The ferry crew found that the northern harbour was too shallow.";
        assertTrue(hasCue(u, extract(u), "found"));
    }

    @Test
    void sourcelessSeemBeforeThatHasNoHolder() {
        String t = "The harbour board kept a timetable that seemed unfair to the night crews.";
        assertFalse(extract(t).stream().anyMatch(a -> "seem".equals(a.cueLemma())));
        String u = "The skipper seemed confident that the quay would hold.";
        assertTrue(extract(u).stream().anyMatch(a -> "seem".equals(a.cueLemma())));
    }

    @Test
    void contentOpeningWithFromOrSinceIsNoProposition() {
        String t = "The skipper has learned from the storm.";
        assertFalse(extract(t).stream().anyMatch(a -> join(t, a.content()).startsWith("from")));
        String u = "The skipper said since the storm the quay had been closed.";
        assertTrue(hasCue(u, extract(u), "said"));
    }

    @Test
    void agentPhraseAfterAParticipleIsNoContent() {
        String t = "The ferry fares proposed by the harbour council angered the fishermen.";
        assertFalse(extract(t).stream().anyMatch(a -> join(t, a.content()).startsWith("by")));
        String u = "The harbour master responded by saying that the quay would reopen in May.";
        assertTrue(extract(u).stream().anyMatch(a -> join(u, a.content()).startsWith("by saying")));
    }
}
