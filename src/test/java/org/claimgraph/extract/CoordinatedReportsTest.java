package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Content boundaries where a parenthetical or final cue meets a coordinated second report. */
class CoordinatedReportsTest {

    @Test
    void reportAfterAParentheticalCueAndAndStandsOnItsOwn() {
        String t = "The boat was insured for $3 million in 2011, records show, and insurance experts say it is now worth $800,000.";
        List<Attribution> all = extract(t);
        Attribution show = withCue(t, all, "show");
        assertEquals("The boat was insured for $3 million in 2011", join(t, show.content()));
        Attribution say = withCue(t, all, "say");
        assertEquals("insurance experts", join(t, say.source()));
        assertEquals("it is now worth $800,000", join(t, say.content()));
    }

    @Test
    void documentsThatShowAtTheEndOfTheSentenceAreTheSource() {
        String t = "More than half of that money arrived in March alone, new fundraising reports show.";
        Attribution show = withCue(t, extract(t), "show");
        assertEquals("new fundraising reports", join(t, show.source()));
        assertEquals("More than half of that money arrived in March alone", join(t, show.content()));
    }

    @Test
    void anAnalysisThatShowsAtTheEndOfTheSentenceIsTheSource() {
        String t = "The firm was behind a cluster of odd gifts to the committee, a Daily Ledger analysis shows.";
        Attribution shows = withCue(t, extract(t), "shows");
        assertEquals("a Daily Ledger analysis", join(t, shows.source()));
        assertEquals("The firm was behind a cluster of odd gifts to the committee", join(t, shows.content()));
    }

    @Test
    void aTelevisionShowWithItsTitleIsNoCue() {
        String t = "The panel includes Ann Marsh, perhaps the best known winner of the bakery's cooking show, \"The Big Knead.\"";
        assertEquals(0, extract(t).stream().filter(a -> join(t, a.cue()).equals("show")).count());
    }

    @Test
    void aClosingSayTagKeepsTheClauseAfterButAndTheOpeningReportStands() {
        String t = "Other council members said they support the levy, but they would not campaign for it, they said.";
        List<Attribution> all = extract(t);
        assertEquals(2, all.size(), all.toString());
        Attribution first = all.stream().filter(a -> join(t, a.source()).equals("Other council members")).findFirst().orElseThrow();
        assertEquals("they support the levy", join(t, first.content()));
        Attribution last = all.stream().filter(a -> join(t, a.source()).equals("they")).findFirst().orElseThrow();
        assertEquals("but they would not campaign for it", join(t, last.content()));
    }

    @Test
    void aCommaInsideClosingQuotesEndsTheFirstContentBeforeASecondReport() {
        String t = "The mayor claimed that \"the harbour got in trouble for far less,\" one of the former inspectors said the two cases were quite different.";
        List<Attribution> all = extract(t);
        Attribution claimed = withCue(t, all, "claimed");
        assertEquals("that \"the harbour got in trouble for far less,\"", join(t, claimed.content()));
        Attribution said = withCue(t, all, "said");
        assertEquals("one of the former inspectors", join(t, said.source()));
        assertEquals("the two cases were quite different", join(t, said.content()));
    }

    @Test
    void aReportAfterButAndAnAdverbialIsCoordinatedNotNested() {
        String t = "The councillor first defended the parking fee, but late on Tuesday she announced she would vote against it.";
        List<Attribution> all = extract(t);
        assertEquals("the parking fee", join(t, withCue(t, all, "first defended").content()));
        Attribution announced = withCue(t, all, "announced");
        assertEquals("she", join(t, announced.source()));
        assertEquals("she would vote against it", join(t, announced.content()));
    }

    @Test
    void aReportInsideAClauseOpenedAfterButStaysNested() {
        String t = "The coach said he had no plans to shout at anyone, but when the referee mentioned the penalty, it just happened.";
        List<Attribution> all = extract(t);
        assertEquals("he had no plans to shout at anyone, but when the referee mentioned the penalty, it just happened",
                join(t, withCue(t, all, "said").content()));
    }

    @Test
    void aVerbAfterDashAndSharesTheOuterSourceNotTheNestedOne() {
        String t = "The coach has said she does not intend to retire this year — and thinks that her assistant is ready to lead the team.";
        List<Attribution> all = extract(t);
        assertEquals("she does not intend to retire this year", join(t, withCue(t, all, "has said").content()));
        Attribution thinks = withCue(t, all, "thinks");
        assertEquals("The coach", join(t, thinks.source()));
        assertEquals("that her assistant is ready to lead the team", join(t, thinks.content()));
    }

    @Test
    void aSecondPredicateAfterANestedInfinitiveReportSharesTheOuterSource() {
        String t = "Harbour chief Ana Vell said that she hoped to reopen the old pier and predicted that the ferries will return in May.";
        Attribution predicted = withCue(t, extract(t), "predicted");
        assertEquals("Harbour chief Ana Vell", join(t, predicted.source()));
        assertEquals("that the ferries will return in May", join(t, predicted.content()));
    }

    @Test
    void aContrastiveEvenThoughClauseWithItsOwnReportEndsTheFirstContent() {
        String t = "The farmers have warned they could sell their land if the tax passes, even though many bankers doubt they would take such a step.";
        List<Attribution> all = extract(t);
        assertEquals("they could sell their land if the tax passes", join(t, withCue(t, all, "have warned").content()));
        Attribution doubt = withCue(t, all, "doubt");
        assertEquals("many bankers", join(t, doubt.source()));
        assertEquals("they would take such a step", join(t, doubt.content()));
    }

    @Test
    void aQuotationInsideAnIndirectContentDoesNotLetItRunOverTheNextReport() {
        String t = "Ms. Lund accuses the board of \"hiding the books\" and Mr. Berg says he is losing patience with the council.";
        List<Attribution> all = extract(t);
        assertEquals("the board of \"hiding the books\"", join(t, withCue(t, all, "accuses").content()));
        Attribution says = withCue(t, all, "says");
        assertEquals("Mr. Berg", join(t, says.source()));
        assertEquals("he is losing patience with the council", join(t, says.content()));
    }

    @Test
    void aQuotedSecondReportAfterItsOwnCueEndsTheFirstContent() {
        String t = "The coach said the team played well, and the owner said \"we need a new stadium.\"";
        List<Attribution> all = extract(t);
        Attribution coach = all.stream().filter(a -> join(t, a.source()).equals("The coach")).findFirst().orElseThrow();
        assertEquals("the team played well", join(t, coach.content()));
        Attribution owner = all.stream().filter(a -> join(t, a.source()).equals("the owner")).findFirst().orElseThrow();
        assertEquals("\"we need a new stadium.\"", join(t, owner.content()));
    }

    @Test
    void aRelativePronounSourceDoesNotReportTheClauseBeforeIt() {
        String t = "The owner praised the new coach, who has promised a winning season.";
        List<Attribution> all = extract(t);
        assertEquals(0, all.stream().filter(a -> join(t, a.content()).startsWith("The owner")).count(), all.toString());
        assertEquals(1, all.stream().filter(a -> join(t, a.cue()).equals("praised")).count(), all.toString());
    }
}
