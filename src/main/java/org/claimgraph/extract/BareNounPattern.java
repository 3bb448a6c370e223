package org.claimgraph.extract;

import static org.claimgraph.extract.Tokens.complementEnd;
import static org.claimgraph.extract.Tokens.contentSpan;
import static org.claimgraph.extract.Tokens.objectPhraseEnd;
import static org.claimgraph.extract.Tokens.tokens;
import static org.claimgraph.extract.Tokens.trim;
import static org.claimgraph.extract.Tokens.words;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;

/**
 * A noun cue with neither a possessor nor a light verb, reported without a source:
 * <ul>
 *   <li>a sentence that opens with a stance noun and its linking preposition: "Opposition to the
 *       toll has grown" (cue "Opposition to", content "the toll");</li>
 *   <li>a noun whose that-clause is its content: "amid complaints that the ferry is late" (cue
 *       "complaints", content "that the ferry is late").</li>
 * </ul>
 * Only short closed lists: measured on an attribution corpus, a bare "support for", "questions
 * about" or "the idea that" elsewhere in a sentence reports something less than one time in three
 * ("voter support for the bill", "answered questions about", "the idea that" as a plain topic), so
 * those forms are left out. Like PolNeAR, the cue keeps the noun's adjectives ("numerous
 * complaints") and the linking preposition but not a determiner; the that-clause starts the
 * content. A party or nationality adjective is the source ("Republican criticism that …").
 */
final class BareNounPattern {
    /** Stance nouns that, opening a sentence, report with the preposition(s) listed. */
    private static final Map<String, Set<String>> OPENING = Map.ofEntries(
            Map.entry("opposition", Set.of("to")),
            Map.entry("support", Set.of("for")),
            Map.entry("criticism", Set.of("of")),
            Map.entry("concern", Set.of("about", "over")),
            Map.entry("call", Set.of("for")),
            Map.entry("allegation", Set.of("of")),
            Map.entry("accusation", Set.of("of")),
            Map.entry("rejection", Set.of("of")),
            Map.entry("disagreement", Set.of("over", "about", "on")),
            Map.entry("anxiety", Set.of("about", "over")),
            Map.entry("complaint", Set.of("about")),
            Map.entry("skepticism", Set.of("about", "of")),
            Map.entry("outrage", Set.of("over")),
            Map.entry("condemnation", Set.of("of")));
    /**
     * Nouns of accusation whose "of" names the charge wherever they stand ("amid accusations of
     * fraud"): unlike "support for" or "questions about", rarely a plain topic.
     */
    private static final Set<String> ACCUSING = Set.of("accusation", "allegation");

    /** Nouns whose that-clause is nearly always their content, not a relative clause. */
    private static final Set<String> THAT_NOUNS = Set.of("warning", "complaint", "allegation", "criticism",
            "speculation", "rumor", "rumour", "worry");

    /** The noun's lemma, with a plural the lemmatiser left alone reduced ("complaints"). */
    private static String lemma(Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (OPENING.containsKey(lemma) || THAT_NOUNS.contains(lemma)) {
            return lemma;
        }
        String form = t.text().toLowerCase(Locale.ROOT);
        return form.endsWith("s") ? form.substring(0, form.length() - 1) : form;
    }

    boolean isCue(Token t) {
        if (!t.is("NOUN")) {
            return false;
        }
        String lemma = lemma(t);
        return OPENING.containsKey(lemma) || THAT_NOUNS.contains(lemma);
    }

    Candidate find(String text, Sentence s, int i, boolean[] quoted) {
        if (i + 2 >= s.size() || quoted[i + 1]) {
            return null;
        }
        String lemma = lemma(s.token(i));
        int first = i; // the noun's adjectives belong to the cue
        while (first > 0 && s.token(first - 1).is("ADJ") && !quoted[first - 1]) {
            first--;
        }
        String link = s.token(i + 1).text().toLowerCase(Locale.ROOT);
        int cueEnd;
        int contentStart;
        int contentEnd;
        if (THAT_NOUNS.contains(lemma) && link.equals("that") && !possessed(s, first)
                && !(first > 0 && s.token(first - 1).is("AUX")) // "has been warning that": a verb the tagger missed
                && !s.token(i + 2).is("AUX") && !s.token(i + 2).is("VERB")) {
            cueEnd = i + 1;
            contentStart = i + 1;
            contentEnd = complementEnd(s, i + 2);
        } else if (OPENING.getOrDefault(lemma, Set.of()).contains(link)
                && (opensSentence(s, first) || ACCUSING.contains(lemma) && link.equals("of") && !possessed(s, first))) {
            cueEnd = i + 2;
            contentStart = i + 2;
            contentEnd = objectPhraseEnd(s, i + 2);
        } else {
            return null;
        }
        Span content = contentSpan(text, s, contentStart, contentEnd);
        if (content == null) {
            return null;
        }
        // "Democratic allegations of bias": a party or nationality adjective names the source.
        List<Span> source = List.of();
        Span head = null;
        if (first < i && isGroupAdjective(s, first)) {
            head = s.token(first).span();
            source = List.of(head);
            first++;
        }
        return new Candidate(source, head, List.of(tokens(s, first, cueEnd)), List.of(content),
                s.token(i).lemma(), false, 0.5);
    }

    /**
     * A capitalised adjective naming a party or a nation ("Republican", "Chinese"); at the start of
     * a sentence only one with such an ending, since any first word is capitalised there.
     */
    private static boolean isGroupAdjective(Sentence s, int k) {
        String w = s.token(k).text();
        if (!Character.isUpperCase(w.charAt(0)) || w.length() < 4 || w.equals(w.toUpperCase(Locale.ROOT))) {
            return false;
        }
        return k > 0 && !s.token(k - 1).text().equals("\"") && !s.token(k - 1).text().equals("“")
                || w.endsWith("ic") || w.endsWith("an") || w.endsWith("ese") || w.endsWith("ish");
    }

    /** Only a determiner, if anything, stands before the noun phrase at {@code first}. */
    private static boolean opensSentence(Sentence s, int first) {
        return first == 0 || first == 1 && s.token(0).is("DET") && !possessed(s, 1);
    }

    /** "his warning that …", "the council's complaint that …" belong to {@link NominalPattern}. */
    private static boolean possessed(Sentence s, int k) {
        if (k == 0) {
            return false;
        }
        String prev = s.token(k - 1).text().toLowerCase(Locale.ROOT);
        boolean bareApostrophe = (prev.equals("'") || prev.equals("’")) && k > 1
                && s.token(k - 2).text().endsWith("s"); // "the Flowers’ allegations"
        return NounPhrases.POSSESSIVES.contains(prev) || prev.equals("'s") || prev.equals("’s") || bareApostrophe;
    }
}
