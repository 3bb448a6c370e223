package org.claimgraph.extract;

import static org.claimgraph.extract.NounPhrases.leftNP;
import static org.claimgraph.extract.NounPhrases.rightNP;
import static org.claimgraph.extract.Tokens.tokens;
import static org.claimgraph.extract.Tokens.trim;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;

/**
 * The backed party as subject: "Olsen has the support of the union", "she won the endorsement of
 * two senators", "the plan received backing from most farmers". The stance's holder follows "of"
 * or "from" and is the source; what it backs is the subject, which is the content. Like
 * PolNeAR, the cue runs from the verb group through the noun, and through the preposition after
 * "have" ("has the backing of"). Only a stated fact: an infinitive, a modal or a negation ("to win
 * the support of", "may not have the backing of") names a hope, not a stance anyone holds.
 */
final class ReceivedBacking {
    private ReceivedBacking() {}

    /** Forms of the verbs that take a backing as their object. */
    private static final Set<String> VERBS = Set.of("has", "have", "had", "having", "won", "wins", "winning",
            "received", "receives", "receiving", "earned", "earns", "earning", "drew", "draws", "drawing", "got",
            "gets", "secured", "secures", "gained", "gains", "garnered", "garners", "enjoys", "enjoyed", "landed",
            "picked", "picks", "collected", "attracted");
    private static final Set<String> HAVE = Set.of("has", "have", "had", "having");
    private static final Set<String> NOUNS = Set.of("support", "endorsement", "endorsements", "backing");

    private static String lower(Sentence s, int k) {
        return s.token(k).text().toLowerCase(Locale.ROOT);
    }

    /** Whether token {@code i} is one of the verbs, followed within five words by a backing noun. */
    static boolean isCue(Sentence s, int i) {
        if (!(s.token(i).is("VERB") || s.token(i).is("AUX")) || !VERBS.contains(lower(s, i))) {
            return false;
        }
        return noun(s, i) > 0;
    }

    /** The backing noun after the verb at {@code i}, past "up" and at most three determiners or modifiers, or -1. */
    private static int noun(Sentence s, int i) {
        int k = i + 1;
        if (lower(s, i).startsWith("pick") && k < s.size() && lower(s, k).equals("up")) {
            k++;
        }
        for (int n = 0; n < 3 && k < s.size() && (s.token(k).is("DET") || s.token(k).is("ADJ") || s.token(k).is("ADV")
                || s.token(k).ptb().equals("PRP$")); n++) {
            k++;
        }
        if (k + 2 >= s.size() || !s.token(k).is("NOUN") || !NOUNS.contains(lower(s, k))) {
            return -1;
        }
        String link = lower(s, k + 1);
        return link.equals("of") || link.equals("from") ? k : -1;
    }

    static Candidate find(String text, Sentence s, int i, boolean[] quoted) {
        int n = noun(s, i);
        if (n < 0 || quoted[n + 1] || quoted[n + 2]) {
            return null;
        }
        int group = VerbGroups.groupStartWithTo(s, i, quoted);
        if (VerbGroups.unreal(s, group, i)) {
            return null; // "to win the support of", "may not have the backing of": a hope, not a stance held
        }
        int[] subject = leftNP(s, group, quoted);
        int[] holder = rightNP(s, n + 2, quoted);
        if (subject == null || holder == null || holder[0] != n + 2 || Tokens.allDateWords(s, subject)
                || Tokens.allDateWords(s, holder)) {
            return null;
        }
        Span content = trim(text, tokens(s, subject[0], subject[1]));
        if (content == null) {
            return null;
        }
        int cueEnd = HAVE.contains(lower(s, i)) ? n + 2 : n + 1;
        Span source = tokens(s, holder[0], holder[1]);
        return new Candidate(List.of(source), source, List.of(tokens(s, group, cueEnd)), List.of(content),
                s.token(n).lemma(), false, 0.5);
    }
}
