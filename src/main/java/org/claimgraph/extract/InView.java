package org.claimgraph.extract;

import static org.claimgraph.extract.Tokens.isPunct;
import static org.claimgraph.extract.Tokens.tokens;
import static org.claimgraph.extract.Tokens.trim;
import static org.claimgraph.extract.Tokens.words;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;

/**
 * {@code in X's view}: a possessed opinion noun set off by commas, whose owner holds the rest of
 * the clause: "In the planner's view, the bridge is too narrow" (source "the planner's", cue
 * "view", content the clause). Like {@link AccordingTo}, the content is the clause after the
 * phrase when it opens the sentence, the clause before it when it closes the sentence, and both
 * parts when it interrupts. A phrase not set off by commas ("which in his view has grown") is left
 * alone: there the owner shares the clause with a relative pronoun the content would lose.
 */
final class InView {
    private static final Set<String> NOUNS = Set.of("view", "opinion");

    private InView() {
    }

    /** Whether token {@code i} is "in" opening "in X's view". */
    static boolean isCue(Sentence s, int i) {
        return s.token(i).text().equalsIgnoreCase("in") && noun(s, i) > 0;
    }

    /** The opinion noun's index after "in" at {@code i}, or -1. */
    private static int noun(Sentence s, int i) {
        for (int k = i + 2; k < s.size() && k <= i + 6; k++) {
            Token t = s.token(k);
            if (NOUNS.contains(t.text().toLowerCase(Locale.ROOT))) {
                Token before = s.token(k - 1);
                String b = before.text().toLowerCase(Locale.ROOT);
                boolean pronoun = k == i + 2 && Tokens.POSSESSIVE_PRONOUNS.contains(b);
                boolean genitive = (b.equals("'s") || b.equals("’s")) && k >= i + 3;
                return pronoun || genitive ? k : -1;
            }
            if (isPunct(t) && !t.text().equals("'s") && !t.text().equals("’s") || t.is("VERB") || t.is("AUX")) {
                return -1;
            }
        }
        return -1;
    }

    static Candidate find(String text, Sentence s, int i, boolean[] quoted) {
        int v = noun(s, i);
        if (v < 0 || quoted[v]) {
            return null;
        }
        Span source = tokens(s, i + 1, v);
        Span head = s.token(v - 1).is("PRON") ? source : tokens(s, i + 1, v - 1);
        Span cue = tokens(s, v, v + 1);
        boolean commaAfter = v + 1 < s.size() && s.token(v + 1).text().equals(",");
        boolean sentenceEnd = v + 1 < s.size() && v + 2 >= s.size() && isPunct(s.token(v + 1));
        boolean clauseStart = i == 0 || isPunct(s.token(i - 1)) && !s.token(i - 1).text().equals(",")
                && (i == 1 || s.token(i - 1).text().equals(":") || s.token(i - 1).text().equals(";"));
        boolean commaBefore = i > 0 && s.token(i - 1).text().equals(",");
        List<Span> content;
        if (clauseStart && commaAfter && words(s, v + 2) >= 3) {
            Span after = trim(text, new Span(s.token(v + 2).begin(), s.end()));
            content = after == null ? null : List.of(after);
        } else if (commaBefore && (commaAfter || sentenceEnd) && i >= 3) {
            Span before = trim(text, new Span(s.begin(), s.token(i - 1).begin()));
            Span after = commaAfter && words(s, v + 2) >= 2 ? trim(text, new Span(s.token(v + 2).begin(), s.end())) : null;
            content = before == null ? null : after == null ? List.of(before) : List.of(before, after);
        } else {
            content = null;
        }
        if (content == null) {
            return null;
        }
        return new Candidate(List.of(source), head, List.of(cue), content, "view", false, 0.7);
    }
}
