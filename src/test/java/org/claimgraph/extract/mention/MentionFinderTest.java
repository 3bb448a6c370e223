package org.claimgraph.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.SampleStore;
import org.claimgraph.extract.ActorType;
import org.claimgraph.read.Article;
import org.junit.jupiter.api.Test;

/** Mentions found by the real extractor in made-up sentences (names and events are invented). */
class MentionFinderTest {
    static List<Mention> mentions(String text) {
        return SampleStore.extractor().extract(new Article("t", null, LocalDate.of(2022, 3, 31), null, null, text, "test"))
                .mentions();
    }

    static Mention the(List<Mention> all, String surface) {
        return all.stream().filter(m -> m.text().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + all.stream().map(Mention::text).toList()));
    }

    static String actorName(Mention m) {
        return m.actor() == null ? null : m.actor().name();
    }

    @Test
    void namesKeepTitleRoleAndNationality() {
        List<Mention> all = mentions("Russian Deputy Defence Minister Ivan Sorokin spoke first at the meeting.");
        Mention m = the(all, "Russian Deputy Defence Minister Ivan Sorokin");
        assertEquals(ActorType.PERSON, m.actor().type());
        assertEquals("Ivan Sorokin", m.actor().name());
        assertEquals("Deputy Defence Minister", m.role());
        assertEquals("Russia", m.affiliation());
        assertEquals(Mention.Form.NAME, m.form());
        assertFalse(m.metonym());
        assertEquals(m.text(), "Russian Deputy Defence Minister Ivan Sorokin spoke first at the meeting.".substring(m.span().begin(), m.span().end()));
    }

    @Test
    void aTitleCaseHeadlineNamesOnlyWhoTheBodyNames() {
        String text = "Grim Forecasts Cloud The Harbour Vote As Lena Falk Digs In\n\n"
                + "Mayor Lena Falk said on Monday that the harbour plan would go ahead.";
        List<Mention> all = mentions(text);
        List<String> surfaces = all.stream().map(Mention::text).toList();
        assertTrue(surfaces.stream().noneMatch(t -> t.contains("Forecasts") || t.contains("Harbour Vote")
                || t.contains("Digs")), surfaces.toString());
        Mention headline = all.stream().filter(m -> m.span().end() < text.indexOf("\n")).findFirst()
                .orElseThrow(() -> new AssertionError("Lena Falk in the headline: " + surfaces));
        assertEquals("Lena Falk", actorName(headline));
    }

    @Test
    void anAllCapitalsHeadlineNamesOnlyWhoTheBodyNames() {
        List<Mention> all = mentions("WATCH: FALK SLAMS HARBOUR BOARD OVER DELAYS\n\nMayor Lena Falk said the board had "
                + "wasted a year.");
        List<String> surfaces = all.stream().map(Mention::text).toList();
        assertTrue(surfaces.stream().noneMatch(t -> t.contains("WATCH") || t.contains("SLAMS") || t.contains("HARBOUR")),
                surfaces.toString());
        assertEquals("Lena Falk", actorName(the(all, "Mayor Lena Falk")));
    }

    @Test
    void organisationNamesKeepTheirForTail() {
        List<Mention> all = mentions("The Council for a Fair Harbour Budget said the plan would add to the deficit.");
        Mention m = the(all, "The Council for a Fair Harbour Budget");
        assertEquals(ActorType.ORGANIZATION, m.actor().type());
        // A title's "for" stays out: the minister is a person, Europe a place.
        List<Mention> minister = mentions("Minister for Europe Anna Lindqvist arrived in Oslo.");
        assertEquals(ActorType.PERSON, the(minister, "Minister for Europe Anna Lindqvist").actor().type());
        // A lower-case title's "for" names someone else: the spokesman is not Lindqvist.
        List<Mention> spokesman = mentions("A spokesman for Lindqvist declined to comment.");
        assertTrue(spokesman.stream().noneMatch(x -> x.text().contains("spokesman for")), spokesman.toString());
    }

    @Test
    void aLakeNamedGuildIsAnOrganisationNotAPlace() {
        List<Mention> all = mentions("Members of the Lake Guild met on Sunday to plan the regatta.");
        Mention m = the(all, "the Lake Guild");
        assertTrue(m.place() == null, "not a place: " + m.place());
    }

    @Test
    void aSentenceCaseHeadlineKeepsItsNames() {
        List<Mention> all = mentions("Grim forecasts for Jonas Brandvik as the harbour vote nears\n\nThe vote is on Monday.");
        assertEquals("Jonas Brandvik", actorName(the(all, "Jonas Brandvik")));
    }

    @Test
    void chainFromFullNameToSurnameTitleAndPronoun() {
        List<Mention> all = mentions("Russian Deputy Defence Minister Ivan Sorokin spoke first. Sorokin later met reporters. "
                + "The Deputy Defence Minister said he was tired.");
        for (String surface : List.of("Sorokin", "The Deputy Defence Minister", "he")) {
            assertEquals("Ivan Sorokin", actorName(the(all, surface)), surface);
        }
        assertEquals(Mention.Form.NAME, the(all, "Sorokin").form());
        assertEquals(Mention.Form.TITLE, the(all, "The Deputy Defence Minister").form());
        assertEquals(Mention.Form.PRONOUN, the(all, "he").form());
    }

    @Test
    void pronounsStayUnresolvedWhenTwoPeopleAreInView() {
        List<Mention> all = mentions("Mayor Olga Brandt met Governor Piet Varga in the morning. He left early.");
        assertEquals("Olga Brandt", actorName(the(all, "Mayor Olga Brandt")));
        assertEquals("Piet Varga", actorName(the(all, "Governor Piet Varga")));
        assertTrue(all.stream().noneMatch(m -> m.text().equals("He")), "ambiguous pronoun left out: " + all);
    }

    @Test
    void unnamedGroupsWithAffiliation() {
        List<Mention> all = mentions("Two senior US officials and a Ukrainian source described the meeting on Friday.");
        Mention officials = the(all, "Two senior US officials");
        assertEquals(ActorType.UNNAMED_GROUP, officials.actor().type());
        assertEquals("United States", officials.affiliation());
        assertEquals(Mention.Form.DESCRIPTION, officials.form());
        Mention source = the(all, "a Ukrainian source");
        assertEquals(ActorType.UNNAMED_GROUP, source.actor().type());
        assertEquals("Ukraine", source.affiliation());
        assertTrue(all.stream().noneMatch(m -> m.text().equals("Friday")), "a weekday is no one: " + all);
    }

    @Test
    void possessiveCapitalGivesTheAffiliation() {
        List<Mention> all = mentions("Moscow's chief negotiator arrived late for the talks.");
        Mention m = the(all, "Moscow's chief negotiator");
        assertEquals("Russia", m.affiliation());
        assertEquals("chief negotiator", m.role());
    }

    @Test
    void capitalsAndSeatsOfPowerAsActorsAreMetonyms() {
        String text = "Kyiv said it would respond. The Kremlin announced new talks near Kyiv. "
                + "Washington downplayed the report, while Downing Street stayed silent.";
        List<Mention> all = mentions(text);
        Mention kyivActs = all.get(0);
        assertEquals("Kyiv", kyivActs.text());
        assertEquals(ActorType.COUNTRY, kyivActs.actor().type());
        assertEquals("Ukraine", kyivActs.actor().name());
        assertTrue(kyivActs.metonym());
        Mention kremlin = the(all, "The Kremlin");
        assertTrue(kremlin.metonym());
        assertEquals("Russia", kremlin.affiliation());
        assertEquals(ActorType.ORGANIZATION, kremlin.actor().type());
        Mention washington = the(all, "Washington");
        assertEquals("United States", actorName(washington));
        assertTrue(washington.metonym());
        Mention downing = the(all, "Downing Street");
        assertTrue(downing.metonym());
        assertEquals("United Kingdom", downing.affiliation());
        // "near Kyiv" is the city.
        Mention kyivCity = all.stream().filter(m -> m.text().equals("Kyiv") && m.place() != null).findFirst().orElseThrow();
        assertEquals("Kyiv", kyivCity.place().name());
        assertNull(kyivCity.actor());
        assertFalse(kyivCity.metonym());
    }

    @Test
    void appositiveTitleIsThePersonAndForGivesTheAffiliation() {
        List<Mention> all = mentions("Maria Kolb, a spokeswoman for the Kremlin, declined to comment.");
        Mention title = the(all, "a spokeswoman");
        assertEquals("Maria Kolb", actorName(title));
        assertEquals(Mention.Form.TITLE, title.form());
        assertEquals("spokeswoman", title.role());
        assertEquals("Russia", title.affiliation());
    }

    @Test
    void placesAndCountriesAreMentionsToo() {
        List<Mention> all = mentions("Aid convoys left Odesa for Poland on Tuesday.");
        assertEquals("Odesa", the(all, "Odesa").place().name());
        assertEquals(ActorType.COUNTRY, the(all, "Poland").actor().type());
        assertTrue(all.stream().noneMatch(m -> m.text().equals("Tuesday")), all::toString);
    }

    @Test
    void loneCapitalisedWordsAreNotPeople() {
        List<Mention> all = mentions("Ships crossed the Bosphorus at dawn, and Pressure mounted.");
        assertTrue(all.stream().noneMatch(m -> m.actor() != null && m.actor().type() == ActorType.PERSON), all::toString);
    }
}
