package org.claimgraph.extract;

import static org.claimgraph.extract.NounPhrases.*;
import static org.claimgraph.extract.Tokens.*;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;

/**
 * "the first member of Congress to endorse X": an ordinal noun phrase with an infinitive
 * "to endorse" reports an endorsement, the noun phrase being its source. PolNeAR marks 5 of the 6
 * such "first/earliest/only … to endorse" on its train set, "to endorse" being the cue; other verbs
 * after an ordinal ("the first step to support …") are mostly not reports, so only "endorse" is taken.
 */
final class OrdinalEndorser {
    private static final Set<String> ORDINALS = Set.of("first", "earliest", "only", "second", "last", "latest");
    /** How many words the ordinal's noun phrase may hold ("the first sitting members of Congress"). */
    private static final int MAX_NP = 7;

    private OrdinalEndorser() {
    }

    static boolean isCue(Sentence s, int i) {
        return s.token(i).lemma().equals("endorse") && i >= 3 && s.token(i - 1).text().equalsIgnoreCase("to")
                && i + 1 < s.size();
    }

    static Candidate find(String text, Sentence s, int i, boolean[] quoted) {
        int ordinal = -1;
        for (int k = i - 2; k >= 0 && k >= i - 1 - MAX_NP; k--) {
            Token t = s.token(k);
            if (ORDINALS.contains(t.text().toLowerCase(Locale.ROOT))) {
                ordinal = k;
                break;
            }
            if (isPunct(t) || t.is("VERB") || t.is("AUX")) {
                return null;
            }
        }
        if (ordinal < 1 || !s.token(ordinal - 1).is("DET")) {
            return null; // "the first …", "his only …"; not "at first" nor a bare "only"
        }
        int start = ordinal - 1;
        if (start >= 2 && s.token(start - 1).text().equalsIgnoreCase("of")
                && s.token(start - 2).text().equalsIgnoreCase("one")) {
            start -= 2; // "one of the earliest House members"
        }
        int[] object = rightNP(s, i + 1, quoted);
        if (object == null) {
            return null;
        }
        Span source = trim(text, tokens(s, start, i - 1));
        Span content = trim(text, tokens(s, object[0], object[1]));
        return source == null || content == null ? null
                : new Candidate(List.of(source), source, List.of(tokens(s, i - 1, i + 1)), List.of(content), "endorse",
                        false, 0.5);
    }
}
