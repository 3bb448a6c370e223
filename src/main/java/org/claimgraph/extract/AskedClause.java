package org.claimgraph.extract;

import static org.claimgraph.extract.Tokens.*;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;

/**
 * An opening "Asked …," clause: {@code Asked about the deal, X said …}, {@code When asked by Y
 * whether …, X …}. The question is a content of its own; its source is the asker after "by", or
 * none. The answer that follows is found by the other patterns.
 */
final class AskedClause {
    /** Words that open the question after "asked" (and its "by" phrase). */
    private static final Set<String> OPENERS = Set.of("about", "if", "whether", "why", "how", "what", "which",
            "who", "whom", "when", "where", "to", "for");

    private AskedClause() {
    }

    /** The attribution of an "Asked" at token {@code i}, or null when the clause does not fit. */
    static Candidate find(String text, Sentence s, int i, boolean[] quoted) {
        if (!s.token(i).text().equalsIgnoreCase("asked") || !opensSentence(s, i)) {
            return null;
        }
        int k = i + 1;
        List<Span> source = List.of();
        Span sourceHead = null;
        if (k < s.size() && s.token(k).text().equalsIgnoreCase("by")) {
            int from = k + 1;
            int to = from;
            while (to < s.size() && !quoted[to] && to - from < 8 && (isNominal(s.token(to)) || s.token(to).is("DET")
                    || s.token(to).is("ADJ") || s.token(to).text().equals("'s") || s.token(to).text().equals("’s"))) {
                to++;
            }
            if (to == from) {
                return null;
            }
            sourceHead = tokens(s, from, to);
            source = List.of(sourceHead);
            k = to;
        }
        // Adjuncts between cue and question: "Asked Tuesday about …", "Asked at a briefing about …".
        int start = -1;
        for (int j = k; j < s.size() && j < k + 10 && !quoted[j]; j++) {
            Token t = s.token(j);
            if (OPENERS.contains(t.text().toLowerCase(Locale.ROOT))) {
                start = j;
                break;
            }
            if (t.is("VERB") || t.is("AUX") || t.text().equals(",")) {
                break;
            }
        }
        if (start < 0) {
            return null;
        }
        int end = start + 1;
        while (end < s.size() && !s.token(end).text().equals(",") || end < s.size() && quoted[end]) {
            end++;
        }
        // "When asked why, X said …": a bare "why" is the whole question
        boolean bareWhy = end == start + 1 && s.token(start).text().equalsIgnoreCase("why");
        if (end >= s.size() || end - start < 2 && !bareWhy) {
            return null; // no main clause after the question: not this construction
        }
        while (continuesQuestion(s, end, quoted, 0)) {
            end = nextComma(s, end + 1, quoted);
        }
        // "Asked about X," with nothing between: PolNeAR takes "Asked about" as the cue (4 to 2 on
        // its train set), as for the mid-sentence "when asked about"; after a "by" phrase or an
        // adjunct the preposition stays in the question.
        boolean about = start == i + 1 && s.token(start).text().equalsIgnoreCase("about");
        Span content = trim(text, new Span(s.token(about ? start + 1 : start).begin(), s.token(end).begin()));
        if (content == null) {
            return null;
        }
        Span cue = about ? tokens(s, i, i + 2) : s.token(i).span();
        return new Candidate(source, sourceHead, List.of(cue), List.of(content), "ask", false, 0.7);
    }

    /** Relative pronouns that go on with the question's last noun after a comma. */
    private static final Set<String> RELATIVES = Set.of("who", "which", "whose", "whom");

    /**
     * Whether the piece after the comma at {@code c} still belongs to the question rather than
     * opening the main clause: a relative clause ("…, who has …,"), a verb left hanging by an
     * inserted phrase ("…, would block the plan,"), or an appositive ("…, the new treasurer,")
     * followed by one of these. Only when another comma follows, so the main clause is never eaten.
     */
    private static boolean continuesQuestion(Sentence s, int c, boolean[] quoted, int depth) {
        int next = nextComma(s, c + 1, quoted);
        if (next >= s.size() - 1 || next == c + 1) {
            return false;
        }
        Token first = s.token(c + 1);
        if (RELATIVES.contains(first.text().toLowerCase(Locale.ROOT)) || first.is("AUX") || first.is("VERB")) {
            return true;
        }
        if (depth > 0 || !first.is("DET")) {
            return false;
        }
        for (int j = c + 1; j < next; j++) {
            if (s.token(j).is("VERB") || s.token(j).is("AUX")) {
                return false;
            }
        }
        return continuesQuestion(s, next, quoted, depth + 1);
    }

    /** The first unquoted comma at or after {@code from}, or the sentence size. */
    private static int nextComma(Sentence s, int from, boolean[] quoted) {
        int j = from;
        while (j < s.size() && (!s.token(j).text().equals(",") || quoted[j])) {
            j++;
        }
        return j;
    }

    /** "Asked" opens the sentence, or follows "When"/"Whenever"/"After being"/"If" there. */
    private static boolean opensSentence(Sentence s, int i) {
        int first = Tokens.firstWord(s);
        if (i == first) {
            return true;
        }
        String prev = s.token(i - 1).text().toLowerCase(Locale.ROOT);
        return i - first <= 2 && Set.of("when", "whenever", "if", "being", "once").contains(prev);
    }
}
