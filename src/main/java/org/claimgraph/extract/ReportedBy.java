package org.claimgraph.extract;

import static org.claimgraph.extract.Tokens.tokens;
import static org.claimgraph.extract.Tokens.trim;
import static org.claimgraph.extract.VerbGroups.isVerbGroupWord;

import java.util.List;
import java.util.Locale;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;

/**
 * "reported by" with its agent as the source: the opening "As reported by X, …" (the rest of the
 * sentence is the content) and the passive "The meeting was first reported by X" (the subject is
 * the content). Elsewhere a passive cue names no source and {@link VerbalPattern} drops it.
 */
final class ReportedBy {
    private ReportedBy() {}

    /** Speech verbs left to their own rules ("was told by" is an addressee's passive). */
    private static final java.util.Set<String> OTHERS = java.util.Set.of("say", "tell", "write",
            // "will be decided by a runoff", "is explained by the rules", "is seen by": no speaker as agent
            "decide", "explain", "project", "continue", "know", "see", "remember", "determine");

    /**
     * Whether token {@code i} is "reported", or the participle of another reporting verb
     * ("criticized", "endorsed"), right before "by".
     */
    static boolean isCue(Sentence s, int i, Lexicon lexicon) {
        if (i + 2 >= s.size() || !s.token(i + 1).text().equalsIgnoreCase("by")) {
            return false;
        }
        Token t = s.token(i);
        if (t.text().equalsIgnoreCase("reported")) {
            return true;
        }
        String lemma = lexicon.cueLemma(t.lemma(), t.text());
        return t.ptb().equals("VBN") && lexicon.verbCue(lemma) != null && !OTHERS.contains(lemma)
                || BACKED.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /**
     * Participles of backing and opposing: "supported" is no reporting verb in the lexicon (as an
     * active verb it takes {@link BackingPattern}), but its passive names a stance's holder as
     * clearly as "endorsed by".
     */
    private static final java.util.Set<String> BACKED = java.util.Set.of("supported", "backed", "endorsed", "opposed");

    static Candidate find(String text, Sentence s, int i, boolean[] quoted) {
        boolean report = s.token(i).text().equalsIgnoreCase("reported");
        if (quoted[i + 1] || quoted[i + 2]) {
            return null;
        }
        int[] agent = NounPhrases.rightNP(s, i + 2, quoted);
        if (agent == null || agent[0] != i + 2) {
            return null;
        }
        if (report && i == 1 && s.token(0).text().equalsIgnoreCase("as")) {
            // "As reported by X, the senator …": PolNeAR's cue is mostly "reported" alone
            if (agent[1] + 2 >= s.size() || !s.token(agent[1]).text().equals(",")) {
                return null;
            }
            Span content = trim(text, new Span(s.token(agent[1] + 1).begin(), s.end()));
            return content == null ? null : new Candidate(List.of(tokens(s, agent[0], agent[1])),
                    tokens(s, agent[0], agent[1]), List.of(tokens(s, i, i + 1)), List.of(content), "report", false, 0.6);
        }
        int group = i;
        while (group > 0 && !quoted[group - 1] && isVerbGroupWord(s.token(group - 1))) {
            group--;
        }
        if (group == i || !isBe(s, group, i)) {
            return reducedRelative(text, s, i, agent, quoted);
        }
        Span question = askedQuestion(text, s, i, agent[1], quoted);
        if (question != null) {
            // "X was asked by Y whether …": the asker reports the question, not X
            return new Candidate(List.of(tokens(s, agent[0], agent[1])), tokens(s, agent[0], agent[1]),
                    List.of(tokens(s, group, i + 1)), List.of(question), "ask", false, 0.6);
        }
        int[] subject = NounPhrases.leftNP(s, group, quoted);
        if (subject == null || Tokens.allDateWords(s, subject)) {
            return null;
        }
        if (BACKED.contains(s.token(i).text().toLowerCase(Locale.ROOT)) && !report && s.token(subject[0]).ptb().startsWith("W")) {
            return null; // "the pipeline, which is widely supported by X": the relative clause describes the outer report's topic
        }
        Span patient = tokens(s, subject[0], subject[1]);
        Span charge = report ? null : chargeAfter(text, s, agent[1], quoted);
        return new Candidate(List.of(tokens(s, agent[0], agent[1])), tokens(s, agent[0], agent[1]),
                // PolNeAR's cue keeps "by" after "reported" about half the time, after other verbs one time in four
                List.of(tokens(s, group, report ? i + 2 : i + 1)), charge == null ? List.of(patient) : List.of(patient, charge),
                report ? "report" : s.token(i).lemma(), false, 0.6);
    }

    /**
     * "The toll, opposed by most farmers, never passed", "a plan strongly backed by the union": a
     * backing participle right after a noun phrase (and its comma) names the stance's holder after
     * "by" and its object before. Only the backing verbs: for the reporting verbs ("the fares
     * proposed by the council") the noun is rarely what was said. Elsewhere a participle after a
     * noun is left alone ("reported by" after a noun names no content).
     */
    private static Candidate reducedRelative(String text, Sentence s, int i, int[] agent, boolean[] quoted) {
        if (!BACKED.contains(s.token(i).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int first = i;
        if (first > 0 && !quoted[first - 1] && s.token(first - 1).is("ADV") && s.token(first - 1).text().endsWith("ly")) {
            first--; // "strongly opposed by"
        }
        int end = first - 1; // only after a comma: "fighters backed by X" is mostly not a stance
        if (end <= 0 || !s.token(end).text().equals(",") || quoted[end - 1] || !(s.token(end - 1).is("NOUN") || s.token(end - 1).is("PROPN"))) {
            return null;
        }
        int[] object = NounPhrases.leftNP(s, end, quoted);
        if (object == null || object[1] != end || Tokens.allDateWords(s, object) || s.token(object[0]).is("PRON")) {
            return null;
        }
        Span content = trim(text, tokens(s, object[0], object[1]));
        return content == null ? null : new Candidate(List.of(tokens(s, agent[0], agent[1])), tokens(s, agent[0], agent[1]),
                List.of(tokens(s, first, i + 1)), List.of(content), s.token(i).lemma(), false, 0.6);
    }

    /** Words that open an indirect question. */
    private static final java.util.Set<String> QUESTION_OPENERS = java.util.Set.of("whether", "if", "why", "how",
            "what", "when", "where", "who", "which");

    /**
     * The indirect question after the agent of a passive "asked" ("was asked by a reporter whether the
     * plan would pass"), up to the sentence end or a quotation, or null when none follows.
     */
    private static Span askedQuestion(String text, Sentence s, int i, int from, boolean[] quoted) {
        if (!s.token(i).lemma().equals("ask") && !s.token(i).text().equalsIgnoreCase("asked")
                || from + 2 >= s.size() || quoted[from]
                || !QUESTION_OPENERS.contains(s.token(from).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int end = from + 1;
        while (end < s.size() && !quoted[end]) {
            end++;
        }
        return trim(text, tokens(s, from, end));
    }

    /**
     * "X was accused by Y of hiding the report", "X was praised by Y for its work": the "of"/"for"
     * phrase after the agent says what X is held to have done and is the content's second piece,
     * up to the next clause punctuation.
     */
    private static Span chargeAfter(String text, Sentence s, int k, boolean[] quoted) {
        if (k + 1 >= s.size() || quoted[k] || !(s.token(k).text().equalsIgnoreCase("of")
                || s.token(k).text().equalsIgnoreCase("for")) || !s.token(k + 1).text().endsWith("ing")) {
            return null;
        }
        int end = k + 1;
        while (end < s.size() && !Tokens.isPunct(s.token(end))) {
            end++;
        }
        return trim(text, tokens(s, k, end));
    }

    /** Forms of "be", for a token the lemmatiser left unresolved. */
    private static final java.util.Set<String> BE_FORMS = java.util.Set.of("was", "were", "is", "are", "been", "being");

    /** A form of "be" in the verb group: the passive. */
    private static boolean isBe(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = s.token(k);
            if (t.lemma().equals("be") || BE_FORMS.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
