package org.claimgraph.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.SampleStore;
import org.claimgraph.extract.Actor;
import org.claimgraph.extract.ActorType;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.ExtractedArticle;
import org.claimgraph.read.Article;
import org.junit.jupiter.api.Test;

/**
 * Labels and types of speakers and mentions on made-up sentences: places, group plurals, split-off
 * abbreviation periods, party words, clitics and organisation names with an "of" tail must not
 * become junk entities.
 */
class ActorLabelTest {
    private static ExtractedArticle extract(String text) {
        return SampleStore.extractor().extract(new Article("t", null, LocalDate.of(2016, 9, 20), null, null, text, "test"));
    }

    private static Actor speaker(String text) {
        List<Attribution> a = extract(text).attributions();
        assertEquals(1, a.size(), a::toString);
        assertNotNull(a.get(0).speaker(), "unresolved speaker in: " + text);
        return a.get(0).speaker();
    }

    private static Mention mention(String text, String surface) {
        return MentionFinderTest.the(extract(text).mentions(), surface);
    }

    @Test
    void placeAfterLocativePrepositionIsNotTheSpeaker() {
        Actor a = speaker("Officials in Fort Calder said the clinic would reopen.");
        assertEquals(ActorType.UNNAMED_GROUP, a.type());
        assertEquals("Officials in Fort Calder", a.name());
        Actor b = speaker("Lawmakers on Bramble Hill said the hearing was delayed.");
        assertEquals(ActorType.UNNAMED_GROUP, b.type());
    }

    @Test
    void placeShapedAndGazetteerNamesAreMentionedAsPlaces() {
        String text = "Lawmakers on Bramble Hill said the strike on Otter County would be investigated. "
                + "Protesters marched in Tulsa on Tuesday.";
        for (String surface : List.of("Bramble Hill", "Otter County", "Tulsa")) {
            Mention m = mention(text, surface);
            assertNull(m.actor(), surface + " is no actor");
            assertEquals(surface, m.place().name());
        }
    }

    @Test
    void companyNamesAreOrganisationsButSurnamesLikePowerArePeople() {
        assertEquals(ActorType.ORGANIZATION, speaker("Granite Coal said it would close two mines.").type());
        assertEquals(ActorType.ORGANIZATION, speaker("Bluefin Energy said the pipeline was safe.").type());
        assertEquals(ActorType.PERSON, speaker("Helena Power said the pipeline was safe.").type());
    }

    @Test
    void capitalisedGroupPluralsAreGroupsNotPeople() {
        Actor a = speaker("Republicans said the budget was too large.");
        assertEquals(ActorType.UNNAMED_GROUP, a.type());
        assertEquals("Republicans", a.name());
        Actor b = speaker("Mexicans said the wall was an insult.");
        assertEquals(ActorType.UNNAMED_GROUP, b.type());
        assertEquals("Mexico", b.country());
    }

    @Test
    void splitAbbreviationPeriodAndPartyWordAreNoPartOfTheName() {
        Actor rep = speaker("Rep. Ida Brandt said the bill would pass.");
        assertEquals("Ida Brandt", rep.name());
        assertEquals("Rep.", rep.role());
        String text = "Democrat Olga Varga spoke first. Mrs. Varga said the vote was rigged.";
        assertEquals("Olga Varga", speaker(text).name());
        Mention mrs = mention(text, "Mrs. Varga");
        assertEquals("Olga Varga", mrs.actor().name());
        assertNull(mrs.role(), "an honorific is no role");
        assertEquals("Olga Varga", mention(text, "Democrat Olga Varga").actor().name());
        assertEquals("Sen.", mention("Ohio Sen. Ida Brandt spoke first.", "Ohio Sen. Ida Brandt").role().replace("Ohio ", ""));
    }

    @Test
    void pronounWithCliticIsNoName() {
        List<Mention> all = extract("He’s not running again, the mayor told Olga Varga.").mentions();
        assertTrue(all.stream().noneMatch(m -> m.text().contains("He’s")), all::toString);
    }

    @Test
    void organisationNamesKeepTheirOfTailAndTitleWords() {
        assertEquals("Department of Harbour Safety", speaker("The Department of Harbour Safety said the pier was closed.").name());
        Actor council = speaker("The Maritime Security Council said the pier was safe.");
        assertEquals("Maritime Security Council", council.name());
        assertEquals(ActorType.ORGANIZATION, council.type());
        Mention m = mention("Officials at the International Committee of the Red Cross said aid was blocked.",
                "the International Committee of the Red Cross");
        assertEquals("International Committee of the Red Cross", m.actor().name());
        assertNull(m.role());
    }

    @Test
    void bareOrganisationWordIsNoEntityOfItsOwn() {
        List<Mention> all = extract("The harbour board met on Monday. Later the Committee met again in the Hall.").mentions();
        assertTrue(all.stream().noneMatch(m -> m.actor() != null && m.actor().name().equals("Committee")), all::toString);
    }
}
