package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One small hand-written text per supported pattern. */
class ExtractorPatternsTest {

    @Test
    void indirectWithThatAndWeekday() {
        String t = "The mayor of Lviv, Anna Kovalenko, said on Tuesday that the bridges would reopen soon.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("Anna Kovalenko", a.speaker().name());
        assertTrue(join(t, a.content()).startsWith("that the bridges"));
        assertEquals(LocalDate.of(2022, 3, 29), a.date(), "on Tuesday = latest Tuesday on or before publication");
    }

    @Test
    void noDateExpressionGivesNoDate() {
        String t = "Carla Mendes said the harvest would be late this year.";
        Attribution a = withCue(t, extract(t), "said");
        assertNull(a.date());
    }

    @Test
    void directQuoteBeforeCueAndInvertedSourceWithAppositive() {
        String t = "\"We are ready to talk,\" said Tomas Berg, a spokesman for the port authority.";
        Attribution a = withCue(t, extract(t), "said");
        assertTrue(a.direct());
        assertEquals("\"We are ready to talk,\"", join(t, a.content()));
        assertEquals("Tomas Berg, a spokesman for the port authority", join(t, a.source()));
        assertEquals("Tomas Berg", a.speaker().name());
    }

    @Test
    void directQuoteAfterColon() {
        String t = "Nadia Petrenko said: \"The water supply is stable again.\"";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("\"The water supply is stable again.\"", join(t, a.content()));
    }

    @Test
    void splitQuoteAroundCueContinuingInNextSentence() {
        String t = "\"The road is open,\" Oskar Lind said. \"Trucks can pass again. Buses will follow.\"";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals(2, a.content().size());
        assertTrue(join(t, a.content()).endsWith("Buses will follow.\""));
    }

    @Test
    void twoApostrophesAreQuotationMarks() {
        String t = "''Prices will fall,'' Mr. Hale said.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("''Prices will fall,''", join(t, a.content()));
    }

    @Test
    void accordingToInBothOrders() {
        String t = "The ferry will run twice a day, according to the harbour office.\n\n"
                + "According to Lena Vos, the ferry will also carry cars.";
        List<Attribution> all = extract(t);
        assertEquals(2, all.stream().filter(a -> a.cueLemma().equals("accord to")).count());
        assertEquals("The ferry will run twice a day", join(t, all.get(0).content()));
        assertEquals("the ferry will also carry cars", join(t, all.get(1).content()));
        assertEquals("Lena Vos", all.get(1).speaker().name());
    }

    @Test
    void colonHeadline() {
        String t = "Stoltenberg: Alliance will not send troops";
        Attribution a = withCue(t, extract(t), ":");
        assertEquals("Stoltenberg", join(t, a.source()));
        assertEquals("Alliance will not send troops", join(t, a.content()));
    }

    @Test
    void sharedSourceOfCoordinatedCues() {
        String t = "Ivan Horak said the talks were useful and added that a second round was planned.";
        List<Attribution> all = extract(t);
        Attribution added = withCue(t, all, "added");
        assertEquals("Ivan Horak", added.speaker().name());
        Attribution said = withCue(t, all, "said");
        assertTrue(join(t, said.content()).endsWith("were useful"), join(t, said.content()));
    }

    @Test
    void pronounAndSurnameResolveToFullName() {
        String t = "Foreign Minister Petra Novak said the embassy would stay open.\n\n"
                + "She said staff had been reduced.\n\n\"We stay,\" Novak said.";
        List<Attribution> all = extract(t);
        assertEquals(3, all.size());
        all.forEach(a -> assertEquals("Petra Novak", a.speaker().name()));
        assertEquals("Foreign Minister", all.get(0).speaker().role());
    }

    @Test
    void metonymsAreCountriesOrOrganisations() {
        String t = "Moscow said the convoy had left.\n\nThe Kremlin announced that the border would close.";
        List<Attribution> all = extract(t);
        assertEquals(ActorType.COUNTRY, withCue(t, all, "said").speaker().type());
        assertEquals("Russia", withCue(t, all, "said").speaker().name());
        Actor kremlin = withCue(t, all, "announced").speaker();
        assertNotNull(kremlin);
        assertEquals("Russia", kremlin.country());
    }

    @Test
    void unnamedGroup() {
        String t = "Two senior European diplomats said the sanctions would be extended.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals(ActorType.UNNAMED_GROUP, a.speaker().type());
    }

    @Test
    void placesInContent() {
        String t = "Olga Marsh said Moscow would move troops near Kyiv and protect Ukrainian territory.";
        Attribution a = withCue(t, extract(t), "said");
        List<String> places = a.places().stream().map(Place::name).toList();
        assertTrue(places.contains("Kyiv"), places.toString());
        assertTrue(places.contains("Russia"), "a capital acting as a government is its country: " + places);
        assertTrue(places.contains("Ukraine"), "demonym + territory names the country: " + places);
    }

    @Test
    void dateCarriesWithinAParagraphAndTheLedeDayToTheRest() {
        String t = "On Monday, Paul Arden said the meeting was calm. He added that talks would go on.\n\n"
                + "Paul Arden said exports had grown.";
        List<Attribution> all = extract(t);
        assertEquals(3, all.size());
        assertEquals(LocalDate.of(2022, 3, 28), all.get(0).date());
        assertEquals(DateBasis.EXPLICIT, all.get(0).dateBasis());
        assertEquals(LocalDate.of(2022, 3, 28), all.get(1).date(), "same paragraph, same occasion");
        assertEquals(DateBasis.PARAGRAPH, all.get(1).dateBasis());
        assertEquals(LocalDate.of(2022, 3, 28), all.get(2).date(), "another paragraph: the lede's news day");
        assertEquals(DateBasis.NEWS_DAY, all.get(2).dateBasis());
    }

    @Test
    void aWeekExpressionLeavesTheStatementWithoutADay() {
        String t = "On Monday, Paul Arden said the meeting was calm.\n\n"
                + "Last week, Nina Koval said exports had grown.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals(DateBasis.EXPLICIT, a.dateBasis());
        Attribution koval = extract(t).stream().filter(x -> x.speaker() != null && x.speaker().name().equals("Nina Koval"))
                .findFirst().orElseThrow();
        assertNull(koval.date(), "'last week' is not a day, and the news day must not override it");
        assertNull(koval.dateBasis());
    }

    @Test
    void verbGroupAndObjectComplement() {
        String t = "The committee has urged the ministry to publish the report.";
        Attribution a = withCue(t, extract(t), "has urged");
        assertEquals("the ministry to publish the report", join(t, a.content()));
    }

    @Test
    void reportedInternalState() {
        String t = "Most farmers believe that the new rules will raise costs.";
        Attribution a = withCue(t, extract(t), "believe");
        assertEquals("Most farmers", join(t, a.source()));
    }

    @Test
    void nounCueWithPossessorAndThatClause() {
        String t = "The recount began a day after Mara Quint's claim that the ballots had been lost.";
        Attribution a = withCue(t, extract(t), "claim");
        assertEquals("Mara Quint's", join(t, a.source()));
        assertEquals("that the ballots had been lost", join(t, a.content()));
        assertEquals("Mara Quint", a.speaker().name());
    }

    @Test
    void nounCueWithLinkingPreposition() {
        // the framing verb is not a cue: a reporting verb such as "ignored" or "rejected" takes the noun
        // report into its own object and the nested "call for" is then not proposed
        String t = "Within an hour the crowd had forgotten her call for calm, and the square filled again.";
        Attribution a = withCue(t, extract(t), "call for");
        assertEquals("her", join(t, a.source()));
        assertEquals("calm", join(t, a.content()));
    }

    @Test
    void nounCueWithoutPossessorIsNoAttribution() {
        String t = "The claim that the ballots had been lost spread quickly.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).equals("claim")));
    }

    @Test
    void coordinatedCueTakesTheSubjectOfTheFirstVerb() {
        String t = "Mora later took back her words and said farmers are the real victims.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("Mora", join(t, a.source()));
        assertEquals("farmers are the real victims", join(t, a.content()));
    }

    @Test
    void participleCueAfterMainClauseTakesItsSubject() {
        String t = "Vance is more cautious, saying he favors a slower rollout.";
        Attribution a = withCue(t, extract(t), "saying");
        assertEquals("Vance", join(t, a.source()));
    }

    @Test
    void quotationBeforeCueFollowedByAdjunctClause() {
        String t = "\"Certainly,\" she said when asked whether the offer stands.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("\"Certainly,\"", join(t, a.content()));
    }

    @Test
    void adjectiveTaggedHeadAfterDeterminerIsASource() {
        String t = "\"We found the roads closed,\" the official said.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("the official", join(t, a.source()));
    }

    @Test
    void concessiveAfterthoughtEndsIndirectContent() {
        String t = "Ilse Moor said the mill would stay open, though its owners have not confirmed that.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("the mill would stay open", join(t, a.content()));
    }

    @Test
    void theCityAndThereStandForTheNearestPlaceNamedBefore() {
        String t = "Fighting continued near Kharkiv on Monday. Mayor Ihor Terekhov said the city had no power.\n\n"
                + "Olena Shevchuk visited Lviv last month. She said aid was arriving there every day.";
        List<Attribution> all = extract(t);
        Attribution city = all.stream().filter(a -> join(t, a.content()).contains("the city")).findFirst().orElseThrow();
        assertEquals(List.of("Kharkiv"), city.places().stream().map(Place::name).toList());
        Attribution there = all.stream().filter(a -> join(t, a.content()).contains("there")).findFirst().orElseThrow();
        assertEquals(List.of("Lviv"), there.places().stream().map(Place::name).toList());
    }

    @Test
    void anaphoraWithoutAnAntecedentStaysUnresolved() {
        String t = "Olena Shevchuk said there was no shortage and the city would cope.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals(List.of(), a.places(), "nothing named before: no place");
    }

    @Test
    void accordingToKeepsTheReportedChainAsItsContent() {
        String t = "Two officials told reporters that the troops were leaving, according to the Daily Ledger.";
        List<Attribution> all = extract(t);
        Attribution outer = withCue(t, all, "according to");
        assertEquals("Two officials told reporters that the troops were leaving", join(t, outer.content()));
        Attribution inner = withCue(t, all, "told");
        assertEquals("Two officials", join(t, inner.source()));
        assertTrue(join(t, inner.content()).endsWith("the troops were leaving"), join(t, inner.content()));
    }
}
