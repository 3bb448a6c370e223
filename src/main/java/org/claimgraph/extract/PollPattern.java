package org.claimgraph.extract;

import static org.claimgraph.extract.Tokens.*;

import java.util.List;
import java.util.Set;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;

/**
 * Polls and their respondents as sources, which the verb patterns miss:
 * <ul>
 *   <li>{@code In a new X poll released Thursday, <clause>} and {@code <clause> in the latest X poll}:
 *       the poll NP is the source and the bare preposition the cue (PolNeAR's convention);</li>
 *   <li>respondent subjects before a reporting verb ({@code those surveyed say …},
 *       {@code 31 percent of those polled said …}, {@code Nearly half said …}), which the NP rules
 *       reject because they end in a participle or open with an adverb the verb group swallows.</li>
 * </ul>
 */
final class PollPattern {
    /** Heads naming a poll; "polls" as voting places ("head to the polls") never follows "in". */
    static final Set<String> POLL_HEADS = Set.of("poll", "polls", "survey", "surveys", "polling");
    /** Nouns that may follow the poll word inside the same NP ("the polling average"). */
    private static final Set<String> POLL_TAILS = Set.of("average", "averages", "results");
    /** Participles opening a post-modifier of the poll NP ("a poll released Monday"). */
    private static final Set<String> POLL_PARTICIPLES = Set.of("released", "conducted", "taken", "published",
            "out", "issued");
    /** Participles that make the NP before them the people asked ("those surveyed"). */
    static final Set<String> RESPONDENT_PARTICIPLES = Set.of("surveyed", "polled", "questioned", "interviewed",
            "sampled");
    /** Words that make an NP a share of the people asked ("31 percent", "nearly half", "6 in 10"). */
    static final Set<String> QUANTITIES = Set.of("percent", "%", "half", "third", "thirds", "quarter",
            "quarters", "fifth", "fifths", "majority", "majorities", "most", "plurality");
    /** Adverbs before a quantity ("nearly half", "more than a third"). */
    private static final Set<String> APPROXIMATORS = Set.of("nearly", "almost", "about", "some", "roughly", "just",
            "only", "over", "fewer", "more", "less", "than", "around", "approximately", "barely", "slightly", "well");
    private static final Set<String> CLAUSE_OPENERS = Set.of("where", "when", "as", "while", "although", "though",
            "because", "since", "that", "who", "which", "after", "before", "if", "why", "how", "but", "and", "so");
    /** Nouns whose "of" phrase holds the polls ("the average of state polls"), unlike "the wake of polls". */
    private static final Set<String> GROUPS = Set.of("average", "averages", "series", "handful", "number", "dozen",
            "couple", "pair", "most", "all", "each", "none", "one");
    private static final int MAX_SOURCE = 20;

    private PollPattern() {
    }

    /**
     * A subject naming the people polled or a share of them, ending right before {@code end}, as
     * [start, end), or null: "those surveyed", "31 percent of those polled", "Nearly half",
     * "Some 56 percent of residents polled", "about 6 in 10". Used by the verb patterns when
     * their NP rules find no subject.
     */
    static int[] respondents(Sentence s, int end, boolean[] quoted) {
        for (int from = Math.max(0, end - MAX_SOURCE); from < end - 2; from++) {
            // "A Marist poll released last week showed …": a poll NP with its post-modifiers
            int[] poll = pollNP(s, from);
            if (poll != null && poll[1] == end && poll[1] - 1 > lastPollHead(s, poll) && subjectPosition(s, from)
                    && !quotedIn(quoted, from, end)) {
                return poll;
            }
        }
        int start = end;
        for (int k = end - 1; k >= 0 && end - k <= MAX_SOURCE && !quoted[k]; k--) {
            Token t = s.token(k);
            String w = lower(t);
            boolean part = t.is("NOUN") || t.is("PROPN") || t.is("NUM") || t.is("ADJ") || t.is("DET")
                    || QUANTITIES.contains(w) || APPROXIMATORS.contains(w) || RESPONDENT_PARTICIPLES.contains(w)
                    || Set.of("those", "them", "these", "of", "%", "-", "/", "'s", "’s").contains(w)
                    || w.equals("in") && k > 0 && s.token(k - 1).is("NUM") && k + 1 < end && s.token(k + 1).is("NUM");
            if (!part) {
                break;
            }
            start = k;
        }
        while (start < end && (isPunct(s.token(start)) || lower(s.token(start)).equals("of"))) {
            start++;
        }
        if (start >= end) {
            return null;
        }
        if (!subjectPosition(s, start)) {
            return null; // an object or a prepositional phrase, not the subject
        }
        boolean anchored = RESPONDENT_PARTICIPLES.contains(lower(s.token(end - 1)));
        boolean counted = false;
        for (int k = start; k < end; k++) {
            String w = lower(s.token(k));
            anchored |= QUANTITIES.contains(w) || w.equals("respondents")
                    || w.equals("in") && k > start; // "6 in 10"
            counted |= s.token(k).is("NUM") || s.token(k).is("NOUN") || QUANTITIES.contains(w) || w.equals("those");
        }
        return anchored && counted ? new int[] {start, end} : null;
    }

    /** The sentence starts at {@code start} or a clause does: after punctuation, a coordinator or subordinator. */
    private static boolean subjectPosition(Sentence s, int start) {
        if (start == 0) {
            return true;
        }
        Token before = s.token(start - 1);
        return isPunct(before) || before.is("CCONJ") || before.is("SCONJ");
    }

    private static int lastPollHead(Sentence s, int[] np) {
        int head = -1;
        for (int k = np[0]; k < np[1]; k++) {
            if (POLL_HEADS.contains(lower(s.token(k)))) {
                head = k;
            }
        }
        return head;
    }

    private static boolean quotedIn(boolean[] quoted, int from, int to) {
        for (int k = from; k < to; k++) {
            if (quoted[k]) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} is "in" followed by a poll NP. */
    static boolean isInPoll(Sentence s, int i) {
        return s.token(i).text().equalsIgnoreCase("in") && pollNP(s, i + 1) != null;
    }

    /** {@code In <poll>, <clause>} or {@code <clause> in <poll>}; null when neither fits. */
    static Candidate inPoll(String text, Sentence s, int i, boolean[] quoted) {
        int[] np = pollNP(s, i + 1);
        if (np == null || quoted[i]) {
            return null;
        }
        Span cue = tokens(s, i, i + 1);
        boolean opening = i == 0 || i == 1 && s.token(0).is("CCONJ");
        if (opening) {
            // "In a poll released Monday, 50 percent …": the poll NP runs to the comma before the clause,
            // over a ", conducted …," aside (PolNeAR keeps its closing comma in the source).
            int comma = np[1];
            int end = np[1];
            if (comma + 1 < s.size() && s.token(comma).text().equals(",")
                    && POLL_PARTICIPLES.contains(lower(s.token(comma + 1)))) {
                int next = comma + 2;
                while (next < s.size() && !s.token(next).text().equals(",") && next - i < MAX_SOURCE) {
                    next++;
                }
                if (next >= s.size() || !s.token(next).text().equals(",")) {
                    return null;
                }
                end = next + 1;
                comma = next;
            }
            if (comma >= s.size() || !s.token(comma).text().equals(",") || words(s, comma + 1) < 3) {
                return null;
            }
            Span content = trim(text, new Span(s.token(comma + 1).begin(), s.end()));
            if (content == null || !hasVerb(s, comma + 1, s.size())) {
                return null;
            }
            Span source = tokens(s, i + 1, end);
            return new Candidate(List.of(source), source, List.of(cue), List.of(content), "in", false, 0.7);
        }
        if (!singular(s, np)) {
            return null; // "leading in the polls", "a surge in national polls": mostly the writer's own summary
        }
        int start = clauseStart(s, i, quoted);
        if (start < 0) {
            return null;
        }
        Span content = trim(text, new Span(s.token(start).begin(), s.token(i).begin()));
        if (content == null) {
            return null;
        }
        Span source = tokens(s, i + 1, np[1]);
        List<Span> pieces = List.of(content);
        int by = np[1] < s.size() && s.token(np[1]).text().equals(",") ? np[1] + 1 : np[1];
        if (by < s.size() && s.token(by).text().equalsIgnoreCase("by")) {
            // "X trails Y in the poll by 9 points": the margin belongs to the content
            int end = by + 1;
            while (end < s.size() && !Set.of(",", ";", ".", "—", "–").contains(s.token(end).text())
                    || end < s.size() - 1 && s.token(end).text().equals(",") && s.token(end + 1).is("ADV")) {
                end++;
            }
            Span margin = end > by + 1 ? trim(text, tokens(s, by, end)) : null;
            if (margin != null) {
                pieces = List.of(content, margin);
            }
        }
        return new Candidate(List.of(source), source, List.of(cue), pieces, "in", false, 0.6);
    }

    private static boolean averaged(Sentence s, int[] np) {
        for (int k = np[0]; k < np[1]; k++) {
            if (lower(s.token(k)).startsWith("average")) {
                return true;
            }
        }
        return false;
    }

    /** A single poll ("a CNN poll", "the latest survey") rather than polls in general. */
    private static boolean singular(Sentence s, int[] np) {
        for (int k = np[0]; k < np[1]; k++) {
            String w = lower(s.token(k));
            if (POLL_HEADS.contains(w)) {
                return w.equals("poll") || w.equals("survey") || averaged(s, np);
            }
        }
        return false;
    }

    /**
     * The poll NP starting at {@code from} with its post-modifiers, as [from, end), or null: a
     * determiner and modifiers, a poll head ("poll", "surveys", "polling average"), then a
     * participle with its date or agent ("released Monday", "conducted by X"), a source or
     * place ("from X and Y", "in Ohio"), or a time ("last month").
     */
    static int[] pollNP(Sentence s, int from) {
        int k = from;
        int head = -1;
        while (k < s.size() && k - from < MAX_SOURCE) {
            Token t = s.token(k);
            String w = lower(t);
            if (POLL_HEADS.contains(w) && !(k + 1 < s.size() && nounAfter(s.token(k + 1))
                    && !POLL_TAILS.contains(lower(s.token(k + 1))))) {
                head = k + 1;
                if (k + 1 < s.size() && POLL_TAILS.contains(lower(s.token(k + 1)))) {
                    head = k + 2;
                }
                break;
            }
            boolean inside = t.is("DET") || t.is("ADJ") || t.is("NOUN") || t.is("PROPN") || t.is("NUM")
                    || t.is("PRON") && NounPhrases.POSSESSIVES.contains(w)
                    || k > from && (w.equals("'s") || w.equals("’s") || w.equals("/") || w.equals("-") || w.equals("&")
                            || w.equals("and") && isNominal(s.token(k - 1))
                            || w.equals("of") && GROUPS.contains(lower(s.token(k - 1))))
                    || t.is("VERB") && k > from && s.token(k - 1).is("ADV") // "a just-released poll"
                    || t.is("ADV") && k + 1 < s.size() && !s.token(k + 1).is("ADP")
                            && !VerbGroups.CLAUSE_ADVERBS.contains(w);
            if (!inside) {
                return null;
            }
            k++;
        }
        if (head < 0) {
            return null;
        }
        return new int[] {from, postModifiers(s, head)};
    }

    private static int postModifiers(Sentence s, int end) {
        int k = end;
        while (k < s.size()) {
            String w = lower(s.token(k));
            int next;
            if (POLL_PARTICIPLES.contains(w)) {
                // "released Monday", "conducted March 11-13", "conducted by X", "taken in December"
                next = k + 1;
                if (next < s.size() && Set.of("by", "for", "on", "in").contains(lower(s.token(next)))) {
                    next = names(s, next + 1);
                } else {
                    next = dates(s, next);
                }
                if (next == k + 1) {
                    break;
                }
            } else if (Set.of("from", "by").contains(w) || w.equals("in") && k + 1 < s.size()
                    && s.token(k + 1).is("PROPN")) {
                next = names(s, k + 1);
                if (next == k + 1) {
                    break;
                }
            } else if (w.equals("of") && k + 1 < s.size()) {
                next = nounPhrase(s, k + 1); // "a poll of 800 likely voters"
                if (next == k + 1) {
                    break;
                }
            } else if (Set.of("this", "last", "the").contains(w) && k + 1 < s.size() && time(s, k + 1)) {
                next = k + 2;
            } else {
                break;
            }
            k = next;
        }
        return k;
    }

    /** Date words, numbers and abbreviated months ("Jan. 17-23") from {@code k}. */
    private static int dates(Sentence s, int k) {
        int start = k;
        while (k < s.size() && (DATE_WORDS.contains(lower(s.token(k))) || s.token(k).is("NUM")
                || k > start && s.token(k).text().equals("-")
                || s.token(k).is("PROPN") && s.token(k).text().length() <= 5 && s.token(k).text().endsWith("."))) {
            k++;
        }
        return k;
    }

    /** Proper names, possibly after a determiner and joined by "and", commas or "/" ("the Times and ABC News"). */
    private static int names(Sentence s, int k) {
        int start = k;
        if (k < s.size() && s.token(k).is("DET")) {
            k++;
        }
        boolean named = false;
        while (k < s.size()) {
            Token t = s.token(k);
            String w = lower(t);
            boolean join = named && k + 1 < s.size() && Set.of("and", ",", "/", "-", "'s", "’s", "&").contains(w)
                    && (s.token(k + 1).is("PROPN") || !w.equals(",") && s.token(k + 1).is("DET"));
            if (t.is("PROPN")) {
                named = true;
                k++;
            } else if (join || t.is("DET") && named && s.token(k - 1).text().equals("and")) {
                k++;
            } else {
                break;
            }
        }
        return named ? k : start;
    }

    /** A determiner, numbers, adjectives and nouns from {@code k}. */
    private static int nounPhrase(Sentence s, int k) {
        int start = k;
        while (k < s.size() && (s.token(k).is("DET") && k == start || s.token(k).is("NUM") || s.token(k).is("ADJ")
                || isNominal(s.token(k)))) {
            k++;
        }
        return k > start && isNominal(s.token(k - 1)) ? k : start;
    }

    /** A noun going on the NP ("poll numbers"); the chunker's tag decides, as UD tags "ahead" a noun. */
    private static boolean nounAfter(Token t) {
        return t.ptb().isEmpty() ? isNominal(t) : t.ptb().startsWith("NN");
    }

    private static boolean time(Sentence s, int k) {
        String w = lower(s.token(k));
        return Set.of("week", "month", "year", "weekend", "same").contains(w) || DATE_WORDS.contains(w);
    }

    /**
     * Where the clause ending at the cue starts: after the last clause opener (a subordinator, a
     * relative, a coordinator) or clause punctuation before it, going back past a comma while the
     * part found has no verb ("Trump leads Cruz by 9 points, 42%-33%, in …"); -1 when no clause.
     */
    private static int clauseStart(Sentence s, int cue, boolean[] quoted) {
        int start = 0;
        for (int k = cue - 1; k >= 0; k--) {
            Token t = s.token(k);
            if (quoted[k]) {
                start = k + 1;
                break;
            }
            String w = lower(t);
            boolean punct = Set.of(",", ";", ":", "—", "–", "--", "(").contains(w);
            boolean opener = !punct && CLAUSE_OPENERS.contains(w)
                    && (t.is("SCONJ") || t.is("CCONJ") || t.is("PRON") || t.is("ADV"));
            if (punct && !hasVerb(s, k + 1, cue) && k + 1 < cue
                    && (s.token(k + 1).is("DET") || s.token(k + 1).is("PRON"))) {
                return -1; // "…, his worst showing in the poll": an appositive, not a clause
            }
            if ((punct && clausePiece(s, k + 1, cue) || opener)) {
                start = k + 1;
                break;
            }
            if (!punct && !opener && Set.of(";", ":", "—", "–", "--", "(").contains(w)) {
                return -1;
            }
        }
        while (start < cue && (s.token(start).is("CCONJ") || isPunct(s.token(start)))) {
            start++;
        }
        if (!hasVerb(s, start, cue) || cue - start < 2 || s.token(start).is("VERB") || s.token(start).is("AUX")) {
            return -1;
        }
        return start;
    }

    /**
     * Whether the words from {@code from} to the next comma (or the cue) hold a verb after a subject:
     * "on the other hand," and "rose to 42 percent" are pieces of a clause that starts earlier.
     */
    private static boolean clausePiece(Sentence s, int from, int cue) {
        int to = from;
        while (to < cue && !s.token(to).text().equals(",")) {
            to++;
        }
        return to > from && hasVerb(s, from, to) && !s.token(from).is("VERB") && !s.token(from).is("AUX");
    }

    /** A verb or auxiliary, but not a gerund after a determiner or adjective ("her worst showing"). */
    private static boolean hasVerb(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = s.token(k);
            boolean nounLike = t.ptb().equals("VBG") && k > 0
                    && (s.token(k - 1).is("DET") || s.token(k - 1).is("ADJ") || s.token(k - 1).is("PRON"));
            if ((t.is("VERB") || t.is("AUX")) && !nounLike) {
                return true;
            }
        }
        return false;
    }

}
