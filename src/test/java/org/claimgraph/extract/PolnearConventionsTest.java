package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The span conventions of PolNeAR-style attribution (verb group in the cue, full subject NP as
 * source, two-piece contents) and the patterns that follow them, each on a hand-written sentence.
 */
class PolnearConventionsTest {

    @Test
    void adverbsAndModalsBelongToTheCue() {
        String t = "The union quickly accused the board of hiding the figures.";
        Attribution a = withCue(t, extract(t), "quickly accused");
        assertEquals("The union", join(t, a.source()));
        assertEquals("the board of hiding the figures", join(t, a.content()));
    }

    @Test
    void progressiveAuxiliaryBelongsToTheCue() {
        String t = "The harbour master is predicting that the ferries will run again by May.";
        Attribution a = withCue(t, extract(t), "is predicting");
        assertEquals("The harbour master", join(t, a.source()));
    }

    @Test
    void passiveReportingVerbHasNoSubjectSource() {
        String t = "The new bridge is expected to open in the autumn.";
        Attribution a = withCue(t, extract(t), "is expected");
        assertTrue(a.source().isEmpty(), "the bridge expects nothing");
        assertEquals("The new bridge … to open in the autumn", join(t, a.content()));
    }

    @Test
    void raisingVerbSplitsTheContentAroundTheCue() {
        String t = "The old plan seemed to please nobody in the village.";
        Attribution a = withCue(t, extract(t), "seemed");
        assertTrue(a.source().isEmpty());
        assertEquals("The old plan … to please nobody in the village", join(t, a.content()));
    }

    @Test
    void appearedOnTelevisionIsNotAnAttribution() {
        String t = "The minister appeared on television last night.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).equals("appeared")));
    }

    @Test
    void subjectWithPostModifierAndTitle() {
        String t = "A survey conducted by the Coastal Institute found that most residents want a new ferry.";
        Attribution a = withCue(t, extract(t), "found");
        assertEquals("A survey conducted by the Coastal Institute", join(t, a.source()));
        String u = "Fishermen in the northern harbours say the quotas are too low.";
        assertEquals("Fishermen in the northern harbours", join(u, withCue(u, extract(u), "say").source()));
    }

    @Test
    void dateAfterTheSpeakerIsNotPartOfTheSource() {
        String t = "Mayor Ida Brandt on Friday urged the council to act.";
        Attribution a = withCue(t, extract(t), "urged");
        assertEquals("Ida Brandt", a.speaker().name());
    }

    @Test
    void titleAbbreviationDoesNotEndTheSentence() {
        String t = "Sen. Ruth Alder said the vote would be close.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("Sen. Ruth Alder", join(t, a.source()));
    }

    @Test
    void questionQuoteKeepsItsSpeechTag() {
        String t = "\"Why would we wait?\" Lena Ortiz said. \"The money is there.\"";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("Lena Ortiz", join(t, a.source()));
        assertEquals(2, a.content().size(), "both halves of the split quotation");
    }

    @Test
    void prepositionalAdjunctRunsIntoTheCue() {
        String t = "The ministry said in a statement that the roads were safe.";
        Attribution a = withCue(t, extract(t), "said in a statement");
        assertEquals("that the roads were safe", join(t, a.content()));
    }

    @Test
    void partialQuotationKeepsItsSubjectAndLeadIn() {
        String t = "Omar Haddad says the mayor \"has never listened to the port.\"";
        Attribution a = withCue(t, extract(t), "says");
        assertEquals("the mayor \"has never listened to the port.\"", join(t, a.content()));
        String u = "After the storm, \"nothing was left standing,\" Omar Haddad said.";
        assertEquals("After the storm, \"nothing was left standing,\"", join(u, withCue(u, extract(u), "said").content()));
    }

    @Test
    void indirectContentInterruptedByItsCue() {
        String t = "In some districts, Maria Lund noted, the schools have no heating.";
        Attribution a = withCue(t, extract(t), "noted");
        assertEquals("In some districts … the schools have no heating", join(t, a.content()));
    }

    @Test
    void misLemmatisedCueIsStillFound() {
        Lexicon lexicon = new Lexicon();
        assertEquals("describe", lexicon.cueLemma("describ", "described"));
        assertEquals("decry", lexicon.cueLemma("decrie", "decried"));
        assertEquals("walk", lexicon.cueLemma("walk", "walked"), "no cue: the lemma stays");
        assertNull(lexicon.verbCue("feel"), "low-precision verbs are left out of the lexicon");
    }

    @Test
    void contentWithoutPlaceTakesItsClauseThenTheArticlesSetting() {
        String t = "Fighting went on near Kharkiv for a third day. Kharkiv had no power.\n\n"
                + "Olena Shevchuk said the shelling had stopped at dawn. In Sumy, officials said the roads were open.";
        List<Attribution> all = extract(t);
        Attribution far = withCue(t, all, "said");
        assertEquals(List.of("Ukraine"), names(far.places()),
                "three named places lie in Ukraine: the article is set there");
        Attribution near = all.get(all.size() - 1);
        assertEquals(List.of("Sumy"), names(near.places()), "a fronted place phrase belongs to the clause");
    }

    @Test
    void noSettingWithoutAClearMajority() {
        String t = "Talks resumed in Geneva on Monday. Fighting went on near Kharkiv.\n\n"
                + "Olena Shevchuk said the shelling had stopped at dawn.";
        assertEquals(List.of(), withCue(t, extract(t), "said").places(), "one place each: no setting, no guess");
    }

    @Test
    void anotherClauseOfTheSentenceIsNotTheStatementsPlace() {
        String t = "As a sign that Moscow may be changing course, Olena Shevchuk said the main tasks had been met.";
        assertEquals(List.of(), withCue(t, extract(t), "said").places());
    }

    @Test
    void aCountryNamingWhoseOfficialsIsNotAPlace() {
        String t = "Two US officials said the convoy near Kharkiv had turned back.";
        assertEquals(List.of("Kharkiv"), names(withCue(t, extract(t), "said").places()));
        String own = "Two officials said Ukraine's military had turned the convoy back.";
        assertEquals(List.of("Ukraine"), names(withCue(own, extract(own), "said").places()),
                "a possessive still names the place");
    }

    @Test
    void theCityWithModifiersStandsForItsAntecedent() {
        String t = "Shelling hit Kharkiv overnight. The mayor said power was back in the battered northern Ukrainian city.";
        assertEquals(List.of("Kharkiv"), names(withCue(t, extract(t), "said").places()));
    }

    @Test
    void whereAfterACommaStandsForThePlaceBeforeIt() {
        String t = "The ministers met in Vilnius on Friday, where they said the border would stay open.";
        assertEquals(List.of("Vilnius"), names(withCue(t, extract(t), "said").places()));
    }

    @Test
    void aHeadOfStateInTheContentStandsForHisCountry() {
        String t = "Olena Shevchuk said Putin would not accept the draft.";
        assertEquals(List.of("Russia"), names(withCue(t, extract(t), "said").places()));
        String named = "Olena Shevchuk said Putin would not accept the draft in Minsk.";
        assertEquals(List.of("Minsk"), names(withCue(named, extract(named), "said").places()),
                "a place the content names comes first");
    }

    @Test
    void aTownInAnotherClauseIsTheOccasionButItsCountriesAreActors() {
        String t = "France and Turkey had hoped to start an evacuation from Kherson, but the minister said the conditions were not met.";
        assertEquals(List.of("Kherson"), names(withCue(t, extract(t), "said").places()));
    }

    @Test
    void aPossessorIsOneNounPhraseNotTheClauseBeforeIt() {
        String t = "The council reacted with caution to Russia's promise to reopen the border crossing.";
        Attribution a = withCue(t, extract(t), "promise");
        assertEquals("Russia's", join(t, a.source()));
        assertEquals("Russia", a.speaker() == null ? null : a.speaker().name());
    }

    @Test
    void aNounCuesInfinitiveEndsWhereTheSentencesOwnVerbStarts() {
        String t = "Russia's promise to reopen the border crossing was met with doubt in Kyiv.";
        assertEquals("to reopen the border crossing", join(t, withCue(t, extract(t), "promise").content()));
    }

    @Test
    void aMonthAsSurnameIsStillAName() {
        String t = "Prime Minister Theresa May arrived in Brussels on Monday. She said the talks would go on in May 2017.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("Theresa May", a.speaker() == null ? null : a.speaker().name());
    }

    private static List<String> names(List<Place> places) {
        return places.stream().map(Place::name).toList();
    }
}
