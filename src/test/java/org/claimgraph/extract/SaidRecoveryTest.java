package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Say/tell reports the extractor used to miss, each on an invented sentence. */
class SaidRecoveryTest {

    @Test
    void contractedPerfectSaid() {
        String t = "She's said she gets her best ideas from long walks on the beach.";
        Attribution a = withCue(t, extract(t), "'s said");
        assertEquals("She", join(t, a.source()));
        assertEquals("she gets her best ideas from long walks on the beach", join(t, a.content()));
    }

    @Test
    void contractedPassiveSaidStaysWithoutSource() {
        String t = "It's said that the old mill by the river was haunted.";
        List<Attribution> all = extract(t);
        assertTrue(all.stream().noneMatch(a -> join(t, a.source()).equals("It")),
                () -> "'it's said' is passive: " + all.stream().map(a -> join(t, a.source())).toList());
    }

    @Test
    void toldAddresseeThenAdjunctAtSentenceEnd() {
        String t = "The council was only doing what most towns already do, she told the court in her filing.";
        Attribution a = withCue(t, extract(t), "told");
        assertEquals("she", join(t, a.source()));
        assertEquals("The council was only doing what most towns already do", join(t, a.content()));
    }

    @Test
    void restrictiveRelativeClauseBelongsToTheSource() {
        String t = "Officials who have seen the report say the bridge is unsafe.";
        Attribution a = withCue(t, extract(t), "say");
        assertEquals("Officials who have seen the report", join(t, a.source()));
        assertEquals("the bridge is unsafe", join(t, a.content()));
    }

    @Test
    void relativeClauseWithTimeAdjunctAndPartitiveSubject() {
        String t = "The groups who wrote to the council on Monday say the new tax is unfair.";
        assertEquals("The groups who wrote to the council on Monday", join(t, withCue(t, extract(t), "say").source()));
        String u = "Twenty percent of those who named a candidate said they might still change their minds.";
        assertEquals("Twenty percent of those who named a candidate", join(u, withCue(u, extract(u), "said").source()));
    }

    @Test
    void quotationBeforeTagWinsOverAddresseeWithItsOwnVerbs() {
        String t = "\"Everything we are doing is wrong,\" Larsen told a town meeting being held in a school gym in Aarhus.";
        Attribution a = withCue(t, extract(t), "told");
        assertEquals("Larsen", join(t, a.source()));
        assertEquals("\"Everything we are doing is wrong,\"", join(t, a.content()));
    }

    @Test
    void questionQuotationBeforeSaidAbout() {
        String t = "\"Why would anyone try to befriend him?\" Berg said about the senator's effort to distance himself from the mayor.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("\"Why would anyone try to befriend him?\"", join(t, a.content()));
    }

    @Test
    void secondSayAfterAnObjectConjunctHasItsOwnSource() {
        String t = "Many local farmers have said they will not attend the fair and others have said they are not interested in selling.";
        List<Attribution> all = extract(t);
        Attribution first = all.stream().filter(a -> join(t, a.source()).equals("Many local farmers")).findFirst().orElseThrow();
        assertEquals("they will not attend the fair", join(t, first.content()));
        Attribution second = all.stream().filter(a -> join(t, a.source()).equals("others")).findFirst().orElseThrow();
        assertEquals("have said", join(t, second.cue()));
        assertEquals("they are not interested in selling", join(t, second.content()));
    }

    @Test
    void bareCountAfterCommaIsTheSource() {
        String t = "Already, 120 delegates have said they support Berg, 39 have said they support Larsen.";
        List<Attribution> all = extract(t);
        Attribution first = all.stream().filter(a -> join(t, a.source()).equals("120 delegates")).findFirst().orElseThrow();
        assertEquals("they support Berg", join(t, first.content()));
        Attribution second = all.stream().filter(a -> join(t, a.source()).equals("39")).findFirst().orElseThrow();
        assertEquals("they support Larsen", join(t, second.content()));
    }
}
