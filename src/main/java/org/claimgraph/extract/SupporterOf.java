package org.claimgraph.extract;

import static org.claimgraph.extract.NounPhrases.leftNP;
import static org.claimgraph.extract.Tokens.tokens;
import static org.claimgraph.extract.VerbGroups.isVerbGroupWord;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;

/**
 * A person called a supporter of something: "Berg is a fervent supporter of the toll" (after a
 * form of "be") or "Berg, a longtime supporter of the mayor, …" (an apposition). The person is
 * the source and the object of "of" the content; PolNeAR's cue runs from the verb group (or the
 * apposition's article) through "of". Without one of these two frames the noun names no one
 * ("supporters of the plan rallied"), so it is left alone.
 */
final class SupporterOf {
    private SupporterOf() {}

    private static final Set<String> NOUNS = Set.of("supporter", "supporters");
    private static final Set<String> BE = Set.of("is", "was", "are", "were", "been", "be", "'s", "’s", "being");

    static boolean isCue(Sentence s, int i) {
        return i + 2 < s.size() && s.token(i).is("NOUN") && NOUNS.contains(s.token(i).text().toLowerCase(Locale.ROOT))
                && s.token(i + 1).text().equalsIgnoreCase("of");
    }

    static Candidate find(String text, Sentence s, int i, boolean[] quoted) {
        if (quoted[i + 1] || quoted[i + 2]) {
            return null;
        }
        int k = i; // the noun's modifiers: "a fervent", "an early and loyal"
        while (k > 0 && i - k < 4 && !quoted[k - 1] && (s.token(k - 1).is("ADJ") || s.token(k - 1).is("ADV")
                || s.token(k - 1).is("CCONJ") && k - 2 >= 0 && s.token(k - 2).is("ADJ"))) {
            k--;
        }
        if (k > 0 && !quoted[k - 1] && s.token(k - 1).is("DET") && !s.token(k - 1).text().equalsIgnoreCase("the")) {
            k--; // "a", "an"
        }
        if (k == 0 || quoted[k - 1]) {
            return null;
        }
        int[] source;
        int cueStart;
        Token before = s.token(k - 1);
        if (before.text().equals(",") && s.token(k).is("DET")) {
            source = leftNP(s, k - 1, quoted); // "Berg, a supporter of …"
            cueStart = k;
        } else {
            int group = k;
            boolean be = false;
            while (group > 0 && !quoted[group - 1] && isVerbGroupWord(s.token(group - 1))) {
                group--;
                be |= BE.contains(s.token(group).text().toLowerCase(Locale.ROOT));
            }
            if (!be) {
                return null;
            }
            source = leftNP(s, group, quoted);
            cueStart = group;
        }
        if (source == null || Tokens.allDateWords(s, source)) {
            return null;
        }
        Span content = LightVerbPattern.objectContent(text, s, i + 2);
        if (content == null) {
            return null;
        }
        Span src = tokens(s, source[0], source[1]);
        return new Candidate(List.of(src), src, List.of(tokens(s, cueStart, i + 2)), List.of(content), "supporter", false, 0.5);
    }
}
