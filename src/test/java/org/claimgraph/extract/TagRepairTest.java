package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;
import org.junit.jupiter.api.Test;

/** Universal tags repaired from the treebank tags before the attribution patterns read them. */
class TagRepairTest {
    /** Tokens written as text/UD/PTB, one space apart; lemma = lower-cased text unless a 4th field gives it. */
    static Sentence tagged(String items) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String item : items.split(" ")) {
            String[] p = item.split("/");
            String lemma = p.length > 3 ? p[3] : p[0].toLowerCase(java.util.Locale.ROOT);
            tokens.add(new Token(at, at + p[0].length(), p[0], p[1], lemma, p[2],
                    p[2].startsWith("VB") ? "B-VP" : p[2].startsWith("NN") ? "B-NP" : "O"));
            at += p[0].length() + 1;
        }
        return new Sentence(0, at - 1, tokens);
    }

    static String text(Sentence s) {
        StringBuilder b = new StringBuilder();
        for (Token t : s.tokens()) {
            b.append(b.isEmpty() ? "" : " ").append(t.text());
        }
        return b.toString();
    }

    static String cut(String text, List<Span> spans) {
        return spans.isEmpty() ? "" : text.substring(spans.get(0).begin(), spans.get(spans.size() - 1).end());
    }

    @Test
    void nameTaggedAsAnAdverbIsTheSourceOfTheReport() {
        Sentence s = tagged("Okafor/ADV/NNP also/ADV/RB noted/VERB/VBD that/SCONJ/IN the/DET/DT dam/NOUN/NN"
                + " was/AUX/VBD old/ADJ/JJ ./PUNCT/.");
        String text = text(s);
        List<Candidate> found = new AttributionFinder(new Lexicon()).find(text, s, List.of());
        assertEquals(1, found.size());
        assertEquals("Okafor", cut(text, found.get(0).source()));
        assertEquals("also noted", text.substring(found.get(0).cueSpan().begin(), found.get(0).cueSpan().end()));
    }

    @Test
    void onlyCapitalisedNonAcronymProperNounsAreRepaired() {
        Sentence s = tagged("Brandt/VERB/NNP wrote/VERB/VBD about/ADP/IN NATO/ADV/NNP and/CCONJ/CC"
                + " Promising/VERB/NNP/promise ./PUNCT/.");
        Sentence r = TagRepair.apply(s);
        assertTrue(r.token(0).is("PROPN"), "Brandt");
        assertTrue(r.token(1).is("VERB"), "a real verb keeps its tag");
        assertTrue(r.token(3).is("ADV"), "an all-capitals word may be a shouted headline word");
        assertTrue(r.token(5).is("VERB"), "an inflected verb form, by its lemma");
        assertFalse(TagRepair.mistaggedName(new Token(0, 4, "He’s", "SCONJ", "he’s", "NNP", "B-NP")));
    }

    @Test
    void headlinesAreLeftAlone() {
        Sentence s = tagged("Why/ADV/WRB Does/AUX/NNP Lindholm/PROPN/NNP Refuse/VERB/NNP To/PART/TO Vote/VERB/NNP ?/PUNCT/.");
        assertSame(s, TagRepair.apply(s));
    }

    @Test
    void nameTaggedAsAnAdjectiveBeforeANounLookingCue() {
        Sentence s = tagged("“/PUNCT/`` The/DET/DT mill/NOUN/NN will/AUX/MD close/VERB/VB ,/PUNCT/, ”/PUNCT/''"
                + " Valdane/ADJ/NNP notes/NOUN/NNS ./PUNCT/.");
        String text = text(s);
        List<Candidate> found = new AttributionFinder(new Lexicon()).find(text, s, List.of(new Span(0, 25)));
        assertEquals(1, found.size());
        assertEquals("Valdane", cut(text, found.get(0).source()));
        assertEquals("notes", text.substring(found.get(0).cueSpan().begin(), found.get(0).cueSpan().end()));
    }

    @Test
    void verbTaggedNounInsideANounPhraseIsNoReportingVerb() {
        // "remarks" inside the noun phrase: not a verbal cue with "his opening" as its source
        Sentence s = tagged("In/ADP/IN his/PRON/PRP$ opening/VERB/NN/open remarks/VERB/NNS/remark ,/PUNCT/,"
                + " Halvorsen/PROPN/NNP said/VERB/VBD/say the/DET/DT port/NOUN/NN would/AUX/MD reopen/VERB/VB ./PUNCT/.");
        Sentence chunked = withChunks(s, "B-PP B-NP I-NP I-NP O B-NP B-VP B-NP I-NP B-VP I-VP O");
        String text = text(s);
        List<Candidate> found = new AttributionFinder(new Lexicon()).find(text, chunked, List.of());
        assertEquals(1, found.size());
        assertEquals("Halvorsen", cut(text, found.get(0).source()));
        assertTrue(TagRepair.apply(chunked).token(3).is("NOUN"));
        // a predicate the chunker swallowed after a name keeps its verb tag
        Sentence named = withChunks(tagged("Lindqvist/PROPN/NNP defends/VERB/NNS/defend the/DET/DT plan/NOUN/NN ./PUNCT/."),
                "B-NP I-NP B-NP I-NP O");
        assertTrue(TagRepair.apply(named).token(1).is("VERB"));
    }

    static Sentence withChunks(Sentence s, String chunks) {
        String[] c = chunks.split(" ");
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            tokens.add(new Token(t.begin(), t.end(), t.text(), t.tag(), t.lemma(), t.ptb(), c[i]));
        }
        return new Sentence(s.begin(), s.end(), tokens);
    }

    @Test
    void pluralLookingWordAfterAClauseOpeningNameIsItsVerb() {
        Sentence s = tagged("Lindqvist/VERB/NNP demands/NOUN/NNS/demand that/SCONJ/IN the/DET/DT council/NOUN/NN"
                + " resign/VERB/VB ./PUNCT/.");
        String text = text(s);
        List<Candidate> found = new AttributionFinder(new Lexicon()).find(text, s, List.of());
        assertEquals(1, found.size());
        assertEquals("Lindqvist", cut(text, found.get(0).source()));
        assertEquals("demands", text.substring(found.get(0).cueSpan().begin(), found.get(0).cueSpan().end()));
    }

    @Test
    void pluralLookingWordAfterClauseOpeningProperNamesIsTheirVerb() {
        Sentence s = tagged("The/DET/DT ferry/NOUN/NN is/AUX/VBZ late/ADJ/JJ ,/PUNCT/, and/CCONJ/CC Ann/PROPN/NNP"
                + " Berg/PROPN/NNP talks/NOUN/NNS/talk about/ADP/IN what/PRON/WP the/DET/DT harbour/NOUN/NN"
                + " needs/VERB/VBZ ./PUNCT/.");
        s = withChunks(s, "B-NP I-NP B-VP B-ADJP O O B-NP I-NP I-NP B-PP B-NP B-NP I-NP B-VP O");
        String text = text(s);
        List<Candidate> found = new AttributionFinder(new Lexicon()).find(text, s, List.of());
        assertEquals(1, found.size());
        assertEquals("Ann Berg", cut(text, found.get(0).source()));
        assertTrue(cut(text, found.get(0).content()).startsWith("what the harbour"));
        // a compound noun after a name is followed by its own verb, and a name inside a clause is a modifier
        Sentence aides = TagRepair.apply(tagged("Berg/PROPN/NNP aides/NOUN/NNS/aide were/AUX/VBD"
                + " tired/ADJ/JJ ./PUNCT/."));
        assertTrue(aides.token(1).is("NOUN"));
        Sentence held = TagRepair.apply(tagged("They/PRON/PRP read/VERB/VBD Berg/PROPN/NNP notes/NOUN/NNS/note"
                + " about/ADP/IN the/DET/DT harbour/NOUN/NN ./PUNCT/."));
        assertTrue(held.token(3).is("NOUN"));
    }

    @Test
    void pluralLookingWordAfterTheAndANameIsItsVerb() {
        Sentence s = tagged("The/DET/DT Harbour/PROPN/NNP Board/PROPN/NNP lists/NOUN/NNS/list the/DET/DT dredging/NOUN/NN"
                + " as/ADP/IN urgent/ADJ/JJ ./PUNCT/.");
        assertTrue(TagRepair.apply(s).token(3).is("VERB"));
        Sentence held = TagRepair.apply(tagged("They/PRON/PRP read/VERB/VBD the/DET/DT Board/PROPN/NNP lists/NOUN/NNS/list"
                + " of/ADP/IN ships/NOUN/NNS ./PUNCT/."));
        assertTrue(held.token(4).is("NOUN"));
    }

    @Test
    void pluralLookingWordAfterANameBehindAClosingQuoteIsItsVerb() {
        Sentence s = tagged("“/PUNCT/`` It/PRON/PRP is/AUX/VBZ far/ADV/RB too/ADV/RB late/ADJ/JJ ,/PUNCT/, ”/PUNCT/'' Berg/PROPN/NNP answers/NOUN/NNS/answer"
                + " ./PUNCT/.");
        assertTrue(TagRepair.apply(s).token(9).is("VERB"));
        Sentence tag = TagRepair.apply(tagged("“/PUNCT/`` It/PRON/PRP is/AUX/VBZ far/ADV/RB too/ADV/RB late/ADJ/JJ ”/PUNCT/'' ,/PUNCT/, Berg/PROPN/NNP"
                + " answers/NOUN/NNS/answer ,/PUNCT/, smiling/VERB/VBG ./PUNCT/."));
        assertTrue(tag.token(9).is("VERB"));
        Sentence list = TagRepair.apply(tagged("We/PRON/PRP met/VERB/VBD Berg/PROPN/NNP ,/PUNCT/, Lind/PROPN/NNP"
                + " aides/NOUN/NNS/aide ,/PUNCT/, and/CCONJ/CC others/NOUN/NNS ./PUNCT/."));
        assertTrue(list.token(5).is("NOUN"), "a list item after a comma, not a speech tag");
    }

    @Test
    void bareWordAfterAPluralSubjectIsItsVerb() {
        Sentence s = tagged("Harbour/NOUN/NN pilots/NOUN/NNS/pilot warn/NOUN/NN that/SCONJ/IN the/DET/DT channel/NOUN/NN"
                + " is/AUX/VBZ silting/VERB/VBG ./PUNCT/.");
        s = withChunks(s, "B-NP I-NP I-NP B-SBAR B-NP I-NP B-VP I-VP O");
        String text = text(s);
        List<Candidate> found = new AttributionFinder(new Lexicon()).find(text, s, List.of());
        assertEquals(1, found.size());
        assertEquals("Harbour pilots", cut(text, found.get(0).source()));
        assertEquals("warn", text.substring(found.get(0).cueSpan().begin(), found.get(0).cueSpan().end()));
        // a compound noun after a plural ("the sanctions pressure on …") and a title before a name stay nouns
        Sentence pressure = TagRepair.apply(tagged("The/DET/DT sanctions/NOUN/NNS/sanction pressure/NOUN/NN on/ADP/IN"
                + " Oslo/PROPN/NNP grew/VERB/VBD ./PUNCT/."));
        assertTrue(pressure.token(2).is("NOUN"));
        Sentence title = TagRepair.apply(tagged("Port/NOUN/NN operations/NOUN/NNS/operation director/NOUN/NN"
                + " Ann/PROPN/NNP Berg/PROPN/NNP said/VERB/VBD so/ADV/RB ./PUNCT/."));
        assertTrue(title.token(2).is("NOUN"));
    }

    @Test
    void pluralNounAfterANameModifierStaysANoun() {
        // "Okafor fans insist …": a verb follows, so "fans" is the subject's noun; "held Okafor signs":
        // the name does not open a clause.
        Sentence fans = TagRepair.apply(tagged("Okafor/VERB/NNP fans/NOUN/NNS/fan insist/VERB/VBP on/ADP/IN it/PRON/PRP ./PUNCT/."));
        assertTrue(fans.token(1).is("NOUN"));
        Sentence signs = TagRepair.apply(tagged("They/PRON/PRP held/VERB/VBD Okafor/ADJ/NNP signs/NOUN/NNS/sign"
                + " at/ADP/IN the/DET/DT gate/NOUN/NN ./PUNCT/."));
        assertTrue(signs.token(3).is("NOUN"));
    }

    @Test
    void pluralNounTaggedAsAnAuxiliaryIsTheSourceOfAFinalSpeechTag() {
        Sentence s = tagged("The/DET/DT levy/NOUN/NN will/AUX/MD pass/VERB/VB ,/PUNCT/, donors/AUX/NNS/donor"
                + " said/VERB/VBD ./PUNCT/.");
        String text = text(s);
        List<Candidate> found = new AttributionFinder(new Lexicon()).find(text, s, List.of());
        assertEquals(1, found.size());
        assertEquals("donors", cut(text, found.get(0).source()));
        Sentence r = TagRepair.apply(s);
        assertTrue(r.token(5).is("NOUN"), "donors");
        assertTrue(r.token(2).is("AUX"), "a real modal keeps its tag");
    }

    @Test
    void verbFoldedIntoTheSubjectChunkBeforeThatIsTheCue() {
        // "Tax filings from the county show/NN that …": the chunker made "county show" one noun chunk
        Sentence s = tagged("Tax/NOUN/NN filings/NOUN/NNS/filing from/ADP/IN the/DET/DT county/NOUN/NN show/VERB/NN"
                + " that/SCONJ/IN the/DET/DT mayor/NOUN/NN lied/VERB/VBD/lie ./PUNCT/.");
        List<Token> tokens = new ArrayList<>(s.tokens());
        String[] chunks = {"B-NP", "I-NP", "B-PP", "B-NP", "I-NP", "I-NP", "B-SBAR", "B-NP", "I-NP", "B-VP", "O"};
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            tokens.set(k, new Token(t.begin(), t.end(), t.text(), t.tag(), t.lemma(), t.ptb(), chunks[k]));
        }
        s = new Sentence(s.begin(), s.end(), tokens);
        String text = text(s);
        List<Candidate> found = new AttributionFinder(new Lexicon()).find(text, s, List.of());
        assertEquals(1, found.size());
        assertEquals("Tax filings from the county", cut(text, found.get(0).source()));
        assertEquals("show", text.substring(found.get(0).cueSpan().begin(), found.get(0).cueSpan().end()));
        assertEquals("that the mayor lied", cut(text, found.get(0).content()));
        // "the show that …", after a determiner, stays a noun
        Sentence noun = tagged("They/PRON/PRP liked/VERB/VBD/like the/DET/DT show/VERB/NN that/SCONJ/IN aired/VERB/VBD/air ./PUNCT/.");
        List<Token> nt = new ArrayList<>(noun.tokens());
        nt.set(3, new Token(nt.get(3).begin(), nt.get(3).end(), "show", "VERB", "show", "NN", "I-NP"));
        assertFalse(TagRepair.verbBeforeThat(new Sentence(noun.begin(), noun.end(), nt), 3));
    }

    @Test
    void pluralNounAfterAnApostropheOnlyPossessiveIsNoVerb() {
        Sentence s = tagged("Even/ADV/RB before/SCONJ/IN Niels'/PROPN/NNP remarks/VERB/VBZ/remark about/ADP/IN"
                + " the/DET/DT dam/NOUN/NN ,/PUNCT/, the/DET/DT council/NOUN/NN voted/VERB/VBD ./PUNCT/.");
        Sentence r = TagRepair.apply(s);
        assertTrue(r.token(3).is("NOUN"), "remarks");
        assertEquals("NNS", r.token(3).ptb());
        String text = text(s);
        List<Candidate> found = new AttributionFinder(new Lexicon()).find(text, s, List.of());
        assertEquals(1, found.size());
        assertEquals("Niels'", cut(text, found.get(0).source()));
        assertEquals("the dam", cut(text, found.get(0).content()));
        Sentence verb = tagged("The/DET/DT voters/NOUN/NNS '/PUNCT/POS remarks/VERB/VBZ/remark ./PUNCT/.");
        assertSame(verb, TagRepair.apply(verb), "a separate apostrophe is not this shape");
    }

    @Test
    void pluralLookingWordAfterAnArticleAndASingularNounIsItsVerb() {
        Sentence s = tagged("The/DET/DT mayor/NOUN/NN talks/NOUN/NNS/talk about/ADP/IN the/DET/DT ferry/NOUN/NN ./PUNCT/.");
        assertTrue(TagRepair.apply(s).token(2).is("VERB"), "The mayor talks about …");
        Sentence compound = tagged("The/DET/DT trade/NOUN/NN talks/NOUN/NNS/talk collapsed/VERB/VBD ./PUNCT/.");
        assertSame(compound, TagRepair.apply(compound), "before a verb the word is the head of a compound");
        Sentence object = tagged("Ida/PROPN/NNP met/VERB/VBD the/DET/DT mayor/NOUN/NN talks/NOUN/NNS/talk about/ADP/IN"
                + " it/PRON/PRP ./PUNCT/.");
        assertSame(object, TagRepair.apply(object), "not after a verb: only a clause-opening subject");
    }

    @Test
    void gerundWithItsOwnObjectAfterAPrepositionIsAVerb() {
        Sentence s = tagged("Ida/PROPN/NNP spoke/VERB/VBD of/ADP/IN building/NOUN/VBG/build a/DET/DT bridge/NOUN/NN"
                + " ,/PUNCT/, noting/NOUN/VBG/note that/SCONJ/IN it/PRON/PRP was/AUX/VBD late/ADJ/JJ ./PUNCT/.");
        Sentence r = TagRepair.apply(s);
        assertTrue(r.token(3).is("VERB"), "building a bridge");
        assertTrue(r.token(7).is("VERB"), "noting that …: a that-clause is its object too");
        Sentence noun = tagged("Ida/PROPN/NNP sat/VERB/VBD in/ADP/IN meeting/NOUN/VBG/meeting rooms/NOUN/NNS ./PUNCT/.");
        assertSame(noun, TagRepair.apply(noun), "a gerund-looking noun before a noun stays a noun");
    }

    @Test
    void thirdPersonVerbReadAsAPluralNounAfterAConjunction() {
        Sentence s = tagged("Ida/PROPN/NNP backs/VERB/VBZ/back the/DET/DT dam/NOUN/NN and/CCONJ/CC considers/NOUN/VBZ/consider"
                + " it/PRON/PRP safe/ADJ/JJ ./PUNCT/.");
        assertTrue(TagRepair.apply(s).token(5).is("VERB"), "and considers it");
        Sentence relative = tagged("a/DET/DT nurse/NOUN/NN who/PRON/WP notes/NOUN/VBZ/note that/SCONJ/IN"
                + " it/PRON/PRP rained/VERB/VBD ./PUNCT/.");
        assertSame(relative, TagRepair.apply(relative), "after a relative pronoun the tags are left alone");
    }
}
