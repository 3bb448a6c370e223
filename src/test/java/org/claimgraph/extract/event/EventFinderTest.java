package org.claimgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.SampleStore;
import org.claimgraph.extract.Actor;
import org.claimgraph.extract.Event;
import org.claimgraph.extract.ExtractedArticle;
import org.claimgraph.extract.Place;
import org.claimgraph.read.Article;
import org.junit.jupiter.api.Test;

/** Event extraction through the real extractor, on small original texts. */
class EventFinderTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 3, 30);

    private static ExtractedArticle extract(String text) {
        return SampleStore.extractor().extract(new Article("t", null, PUBLISHED, null, null, text, "test"));
    }

    private static List<String> names(List<Actor> actors) {
        return actors.stream().map(Actor::name).toList();
    }

    private static List<String> places(Event e) {
        return e.places().stream().map(Place::name).toList();
    }

    @Test
    void announcedReductionIsAWithdrawalWithAgentPlacesAndItsStatement() {
        ExtractedArticle a = extract("The deputy minister Alexander Fomin said Russia would sharply reduce military "
                + "activity near Kyiv and Chernihiv.");
        assertEquals(1, a.events().size(), a.events()::toString);
        Event e = a.events().get(0);
        assertEquals("Withdrawal", e.type());
        assertEquals("reduce", e.trigger().of(a.article().text()));
        assertEquals("Russia", e.agent().name());
        assertEquals(List.of("Kyiv", "Chernihiv"), places(e));
        assertEquals(List.of(0), e.aboutStatements(), "the statement's content reports the event");
        assertNull(e.date(), "the statement has no date and the event inherits none");
    }

    @Test
    void negatedAndContextlessTriggersAreNoEvents() {
        assertEquals(List.of(), extract("Jens Stoltenberg said Russia was not withdrawing its troops.").events());
        assertEquals(List.of(), extract("Buses in the city run on a reduced timetable this week.").events());
    }

    @Test
    void laterMentionsOfTheSameTalksAreOneEventLinkedToEveryComment() {
        ExtractedArticle a = extract("Russian and Ukrainian negotiators met in Istanbul on Tuesday. "
                + "Kremlin spokesman Dmitry Peskov said the talks had been useful.");
        List<Event> talks = a.events().stream().filter(e -> e.type().equals("Talks")).toList();
        assertEquals(1, talks.size(), a.events()::toString);
        Event e = talks.get(0);
        assertNull(e.agent(), "parties to talks are participants on an equal footing");
        assertEquals(List.of("Russia", "Ukraine"), names(e.participants()));
        assertEquals(List.of("Istanbul"), places(e));
        assertEquals(LocalDate.of(2022, 3, 29), e.date());
        assertEquals(List.of(0), e.aboutStatements(), "Peskov's statement is about the talks");
    }

    @Test
    void claimedStrikeAndItsDenialShareOneEvent() {
        ExtractedArticle a = extract("Regional governor Vyacheslav Gladkov claimed that two Ukrainian helicopters had "
                + "struck a fuel depot in Belgorod. Security council secretary Oleksiy Danilov denied that Ukraine "
                + "had carried out the strike.");
        List<Event> attacks = a.events().stream().filter(e -> e.type().equals("Attack")).toList();
        assertEquals(1, attacks.size(), a.events()::toString);
        assertEquals("Ukraine", attacks.get(0).agent().name());
        assertEquals(List.of("Belgorod"), places(attacks.get(0)));
        assertEquals(List.of(0, 1), attacks.get(0).aboutStatements());
    }

    @Test
    void passiveSubjectIsThePlaceAndTheFromPhraseAParticipant() {
        ExtractedArticle a = extract("Officials announced on Saturday that the whole Kyiv region had been retaken "
                + "from Russian forces.");
        Event e = a.events().get(0);
        assertEquals("TerritorialControl", e.type());
        assertEquals(List.of("Kyiv"), places(e));
        assertEquals(List.of("Russia"), names(e.participants()));
    }

    @Test
    void lexiconCombinesTheSchemeWithTheProjectTriggers() {
        TriggerLexicon lexicon = new TriggerLexicon();
        assertEquals(11, lexicon.types().size(), lexicon.types()::toString);
        assertTrue(lexicon.size() > 80, "altLabels plus triggers.tsv: " + lexicon.size());
        // "mass" is an altLabel of TroopMovement, switched off as too ambiguous.
        assertTrue(extract("Thousands of people attended a mass in Lviv on Sunday.").events().isEmpty());
    }

    @Test
    void weekdayAndMonthNamesAreNeverParticipants() {
        // The tagger reads "Monday March" as a proper-noun run; it must not become a person that
        // the pronoun "He" (the subject of "met") refers back to.
        ExtractedArticle a = extract("Delegates gathered in a lakeside hotel on Monday March 28. "
                + "He met the Ukrainian delegation there before noon.");
        Event met = a.events().stream().filter(e -> e.trigger().of(a.article().text()).equals("met"))
                .findFirst().orElseThrow(() -> new AssertionError(a.events().toString()));
        assertNull(met.agent(), "no one named does the meeting");
        assertEquals(List.of("Ukraine"), names(met.participants()));
        for (Event e : a.events()) {
            List<Actor> actors = new java.util.ArrayList<>(e.participants());
            if (e.agent() != null) {
                actors.add(e.agent());
            }
            actors.forEach(x -> assertTrue(x.name().chars().noneMatch(Character::isDigit)
                    && !x.name().matches("(?i).*\\b(monday|march)\\b.*"), x.toString()));
        }
        // The same rule keeps a date from being the person a speaker pronoun resolves to.
        ExtractedArticle b = extract("The briefing on Friday April 1 was short. She said the convoy would leave soon.");
        assertEquals(1, b.attributions().size(), b.attributions()::toString);
        Actor speaker = b.attributions().get(0).speaker();
        assertTrue(speaker == null || !speaker.name().contains("April"), () -> String.valueOf(speaker));
    }

    @Test
    void placeNamedWhereTheSpeakerIsGoesToTheEventPlaceNotItsParticipants() {
        ExtractedArticle a = extract("Officials in Fort Calder said gunmen attacked a clinic in Fort Calder on Monday.");
        assertEquals(1, a.events().size(), a.events()::toString);
        Event e = a.events().get(0);
        assertEquals(List.of(), names(e.participants()), "a town is no participant");
        assertNull(e.agent());
        assertEquals(List.of("Fort Calder"), places(e));
        ExtractedArticle b = extract("Lawmakers on Bramble Hill said the strike on Otter County would be investigated.");
        assertEquals(1, b.events().size(), b.events()::toString);
        assertEquals(List.of(), names(b.events().get(0).participants()));
        assertEquals(List.of("Otter County"), places(b.events().get(0)));
    }
}
