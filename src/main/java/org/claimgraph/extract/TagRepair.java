package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Token;

/**
 * Repairs of universal tags where the treebank tagger, run on the same tokens, is the more
 * reliable of the two: the attribution patterns read the universal tags, and a source whose head
 * name is tagged as an adverb or a verb ("Okafor/ADV also noted …", "Brandt/VERB wrote …") is
 * never found. Only the attribution finder sees the repaired sentence.
 */
final class TagRepair {
    /** Universal tags that a capitalised word the treebank tagger calls a proper noun rarely has (an adjective: "Valdane/ADJ notes"). */
    private static final Set<String> NOT_NAME = Set.of("ADJ", "ADV", "VERB", "AUX", "X", "INTJ", "SCONJ", "ADP", "PRON",
            "NUM", "DET", "CCONJ", "PART");

    private TagRepair() {
    }

    /** The sentence with its repaired tags, or the same sentence when nothing needs repair. */
    static Sentence apply(Sentence s) {
        if (titleCase(s)) {
            return s; // in a headline the treebank tagger calls every capitalised word a name
        }
        List<Token> tokens = null;
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (mistaggedName(t)) {
                if (tokens == null) {
                    tokens = new ArrayList<>(s.tokens());
                }
                tokens.set(i, new Token(t.begin(), t.end(), t.text(), "PROPN", t.lemma(), t.ptb(), t.chunk()));
            }
        }
        return tokens == null ? s : new Sentence(s.begin(), s.end(), List.copyOf(tokens));
    }

    /**
     * A capitalised word, not all capitals (an acronym or a shouted headline word), that the
     * treebank tagger calls a proper noun and the universal tagger a word of another class.
     */
    static boolean mistaggedName(Token t) {
        String text = t.text();
        if (!(t.ptb().equals("NNP") || t.ptb().equals("NNPS")) || !NOT_NAME.contains(t.tag()) || text.length() < 2
                || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        if ((t.is("VERB") || t.is("AUX")) && !t.lemma().equals(text.toLowerCase(java.util.Locale.ROOT))) {
            return false; // "Promising that …", "Continued Stone:": an inflected verb form, as the lemma shows
        }
        boolean lower = false;
        for (int k = 1; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!Character.isLetter(c)) {
                return false; // "He’s", "Feb.", "A10": contractions, abbreviations, codes
            }
            lower |= Character.isLowerCase(c);
        }
        return lower;
    }

    /** Most words of the sentence capitalised, as in a headline (a lower bar than the cue patterns'). */
    private static boolean titleCase(Sentence s) {
        int words = 0;
        int capitals = 0;
        for (Token t : s.tokens()) {
            if (Character.isLetter(t.text().charAt(0))) {
                words++;
                if (Character.isUpperCase(t.text().charAt(0))) {
                    capitals++;
                }
            }
        }
        return words >= 4 && capitals * 10 >= words * 7;
    }
}
