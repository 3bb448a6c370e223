package org.claimgraph.extract;

import static org.claimgraph.extract.NounPhrases.leftNP;
import static org.claimgraph.extract.Tokens.isPunct;
import static org.claimgraph.extract.Tokens.tokens;

import java.util.List;
import java.util.Locale;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;

/**
 * An act done "in support of" or "in opposition to" something: "Berg came out in support of the
 * toll", "the union voted in opposition to the levy", "the group raised $2 million in support of
 * Olsen". The act's subject takes the stance, so it is the source; the object of the phrase is
 * the content, and PolNeAR's cue runs from the verb group through the phrase's preposition.
 * Only a finite act: an infinitive, a modal or a negation ("should unite in support of", "plans to
 * protest in support of", "haven't come out in support of") states no stance anyone took.
 */
final class InSupportOf {
    private InSupportOf() {}

    /** How far the verb may stand before "in": "raised about $58 million in support of". */
    private static final int REACH = 6;

    private static String lower(Sentence s, int k) {
        return s.token(k).text().toLowerCase(Locale.ROOT);
    }

    /** Whether "in support of" or "in opposition to" starts at token {@code i}. */
    static boolean isCue(Sentence s, int i) {
        if (i == 0 || i + 3 >= s.size() || !lower(s, i).equals("in")) {
            return false;
        }
        String noun = lower(s, i + 1);
        String link = lower(s, i + 2);
        return noun.equals("support") && link.equals("of") || noun.equals("opposition") && link.equals("to");
    }

    static Candidate find(String text, Sentence s, int i, boolean[] quoted) {
        if (quoted[i] || quoted[i + 3]) {
            return null;
        }
        int verb = i - 1;
        while (verb >= 0 && i - verb <= REACH && !quoted[verb] && !s.token(verb).is("VERB")
                && !(isPunct(s.token(verb)) && !s.token(verb).text().equals("$"))) {
            verb--;
        }
        if (verb < 0 || i - verb > REACH || quoted[verb] || !s.token(verb).is("VERB")) {
            return null;
        }
        for (int k = verb + 1; k < i; k++) {
            String w = lower(s, k);
            if (w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’")) {
                return null; // "recalled Ali's generosity in support of": the phrase is the owned noun's, not the act's
            }
        }
        int group = VerbGroups.groupStartWithTo(s, verb, quoted);
        if (VerbGroups.unreal(s, group, verb)) {
            return null;
        }
        if (VerbGroups.isPassive(s, group, verb) || s.token(verb).text().endsWith("ing") && group == verb) {
            return null; // "a rally held in support of", "protesting in support of": no subject of its own
        }
        int[] subject = leftNP(s, group, quoted);
        if (subject == null || Tokens.allDateWords(s, subject)) {
            return null;
        }
        Span content = LightVerbPattern.objectContent(text, s, i + 3);
        if (content == null) {
            return null;
        }
        Span source = tokens(s, subject[0], subject[1]);
        return new Candidate(List.of(source), source, List.of(tokens(s, group, i + 3)), List.of(content),
                lower(s, i + 1), false, 0.5);
    }
}
