package org.claimgraph.extract;

import static org.claimgraph.extract.Tokens.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;


/** Noun phrases around a cue: the subject on the left, the inverted source on the right, appositives. */
final class NounPhrases {
    /** Prepositions that open a post-modifier inside a subject NP ("partners in Tehran", "a producer for X"). */
    static final Set<String> NP_PREPOSITIONS = Set.of("in", "for", "from", "on", "by", "with", "to", "at",
            "about", "like", "over", "among", "within");
    static final Set<String> QUANTIFIERS = Set.of("all", "some", "none", "many", "most", "each", "both",
            "several", "few", "any", "one", "much", "half", "majority", "either", "neither");
    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you",
            "who", "which", "that", "this", "one", "both", "some", "others", "many", "most");
    static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "our", "my", "your");
    static final int MAX_NP = 20;
    /** Participles that go on an appositive rather than open a clause about the saying ("…, including …"). */
    private static final Set<String> APPOSITIVE_PARTICIPLES = Set.of("including", "managing");
    /** Verbs of saying that make a relative clause a report of its own (see {@link #reportingRelative}). */
    static final Set<String> REPORTING = Set.of("say", "tell", "add", "call", "note", "think", "argue", "claim",
            "write", "describe", "state", "announce", "reiterate", "suggest", "predict", "acknowledge", "ask",
            "mention", "concede", "dismiss", "request", "cite", "estimate", "warn", "insist", "deny",
            "confirm", "explain", "believe", "criticize", "denounce", "praise", "accuse", "question", "express",
            "complain", "blast", "slam", "urge", "tweet", "report", "reply", "respond", "answer");

    /** Verbs that take a clause: the NP after them starts that clause ("a poll that shows most voters want"). */
    private static final Set<String> CLAUSE_VERBS = Set.of("show", "find", "conclude", "reveal", "indicate", "know",
            "hope", "fear", "expect", "feel", "learn", "see", "hear");

    private final Lexicon lexicon;

    NounPhrases(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The NP ending right before token {@code end}, as [start, end), or null: the chunker's noun
     * phrase with its post-modifiers when the sentence has chunks, else the hand rules over UD tags.
     */
    static int[] leftNP(Sentence s, int end, boolean[] quoted) {
        int[] chunked = ChunkPhrases.leftNP(s, end, quoted);
        int[] np = chunked != null ? chunked : handLeftNP(s, end, quoted);
        return np == null ? null : withRestrictiveRelative(s, np, quoted);
    }

    /**
     * "Senior advisers who have run the numbers argue": the NP before the cue is the object
     * inside a restrictive relative clause; the subject is the NP the clause modifies, with the
     * clause. Only a "who"/"that" right after an NP and a verb inside the clause (not "the man
     * who Lee says", where "Lee" is the subject).
     */
    private static int[] withRestrictiveRelative(Sentence s, int[] np, boolean[] quoted) {
        if (s.token(np[0]).is("PRON")) {
            return np; // "advisers who said they": the pronoun is the subject of its own clause
        }
        boolean verb = false;
        for (int w = np[0] - 1; w > 0 && np[0] - w <= 12; w--) {
            Token t = s.token(w);
            String p = t.ptb();
            if (quoted[w] || isPunct(t) || p.equals("CC") || p.equals("WRB") || p.equals("IN") && !NP_PREPOSITIONS.contains(lower(t))
                    && !lower(t).equals("of") || REPORTING.contains(t.lemma()) || CLAUSE_VERBS.contains(t.lemma())) {
                return np; // "who won when they", "that shows more voters": another clause, not the subject's
            }
            if ((p.equals("WP") || p.equals("WDT")) && !t.text().equalsIgnoreCase("what")) {
                if (!verb) {
                    return np;
                }
                int[] head = leftNP(s, w, quoted);
                return head == null || head[1] != w ? np : new int[] {head[0], np[1]};
            }
            verb |= p.startsWith("VB") || p.equals("MD");
        }
        return np;
    }

    /** The NP ending right before token {@code end} by rules over UD tags, as [start, end), or null. */
    static int[] handLeftNP(Sentence s, int end, boolean[] quoted) {
        int j = end - 1;
        if (j < 0 || quoted[j]) {
            return null;
        }
        if (s.token(j).text().equals(")")) {
            int open = j - 1;
            while (open >= 0 && end - open < 10 && !s.token(open).text().equals("(")) {
                open--;
            }
            if (open <= 0 || !s.token(open).text().equals("(")) {
                return null;
            }
            int[] inner = handLeftNP(s, open, quoted);
            return inner == null ? null : new int[] {inner[0], end};
        }
        Token last = s.token(j);
        if (loneQuantifier(s, j) && clauseStart(s, j)) {
            return new int[] {j, end}; // "Several said …", "…, while another says …"
        }
        if (last.is("PRON")) {
            // "They’re", "You’ve": a one-token contraction holds its pronoun (cut at the apostrophe by the cue edges)
            String pronoun = VerbGroups.contractedClitic(last) != null ? last.text().split("’")[0] : last.text();
            return SUBJECT_PRONOUNS.contains(last.lemma()) || SUBJECT_PRONOUNS.contains(pronoun.toLowerCase(Locale.ROOT))
                    ? new int[] {j, end} : null;
        }
        // "the official said": a nominalised adjective after a determiner heads the NP too.
        boolean adjectiveHead = last.is("ADJ") && j > 0 && s.token(j - 1).is("DET");
        if (!(last.is("PROPN") || last.is("NOUN") || last.is("NUM") || adjectiveHead)) {
            return null;
        }
        int start = j;
        j--;
        while (j >= 0 && end - j <= MAX_NP && !quoted[j]) {
            Token t = s.token(j);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (t.is("PROPN") || t.is("NOUN") || t.is("NUM") || t.is("ADJ") || t.is("X")
                    || (t.is("PRON") && POSSESSIVES.contains(lower))) {
                start = j;
            } else if (t.is("DET") && j > 1 && (s.token(j - 1).text().equals("of") || s.token(j - 1).is("ADP")
                    && NP_PREPOSITIONS.contains(s.token(j - 1).text().toLowerCase(Locale.ROOT)))
                    && (isNominal(s.token(j - 2)) || isParticiple(s.token(j - 2)))) {
                start = j; // "the International Committee of the Red Cross", "a poll by the": go on past "of the"
            } else if (t.is("DET")) {
                start = j;
                break;
            } else if ((t.is("PART") && (lower.equals("'s") || lower.equals("’s")))
                    || (lower.equals("of") && j > 0 && (isNominal(s.token(j - 1)) || isQuantifier(s.token(j - 1))))
                    || (t.is("ADP") && NP_PREPOSITIONS.contains(lower) && j > 0
                            && (isNominal(s.token(j - 1)) || lower.equals("by") && isParticiple(s.token(j - 1)))
                            && !allDateWords(s, new int[] {j + 1, end})) // not "X on Friday"
                    || (t.is("VERB") && j > 0 && isNominal(s.token(j - 1)) && lower.endsWith("ed")
                            && s.token(j + 1).is("ADP")) // "a poll conducted by X"
                    || (t.is("VERB") && (lower.endsWith("ed") || lower.endsWith("ing")) && isNominal(s.token(j + 1)))
                    || ((lower.equals("and") || lower.equals("&") || lower.equals("nor")) && j > 0
                            && (isNominal(s.token(j - 1)) || s.token(j - 1).is("PRON"))
                            && (isNominal(s.token(j + 1)) || s.token(j + 1).is("DET") || s.token(j + 1).is("ADJ")
                                    || s.token(j + 1).is("PRON")))
                    || ((lower.equals(".") || lower.equals("-")) && j > 0 && s.token(j - 1).end() == t.begin())) {
                start = j;
            } else {
                break;
            }
            j--;
        }
        while (start < end - 1 && (DATE_WORDS.contains(s.token(start).text().toLowerCase(Locale.ROOT))
                || !isWordy(s.token(start)))) {
            start++;
        }
        return new int[] {start, end};
    }

    /** The NP starting at token {@code start}, as [start, end), or null (chunks first, as {@link #leftNP}). */
    static int[] rightNP(Sentence s, int start, boolean[] quoted) {
        int[] chunked = ChunkPhrases.rightNP(s, start, quoted);
        return chunked != null ? chunked : handRightNP(s, start, quoted);
    }

    /** The NP starting at token {@code start} by rules over UD tags, as [start, end), or null. */
    static int[] handRightNP(Sentence s, int start, boolean[] quoted) {
        int k = start;
        while (k < s.size() && !quoted[k] && k - start < MAX_NP) {
            Token t = s.token(k);
            String lower = t.text().toLowerCase(Locale.ROOT);
            boolean inside = k > start;
            if (t.is("PROPN") || t.is("NOUN") || t.is("NUM") || t.is("ADJ") || t.is("X")
                    || (t.is("DET") && !inside) || (t.is("PRON") && POSSESSIVES.contains(lower))
                    || (inside && t.is("PART") && (lower.equals("'s") || lower.equals("’s")))
                    || (inside && lower.equals("of") && k + 1 < s.size() && isNominal(s.token(k + 1)))
                    || (inside && (lower.equals(".") || lower.equals("-")) && s.token(k - 1).end() == t.begin()
                            && k + 1 < s.size() && s.token(k + 1).is("PROPN"))) {
                k++;
            } else {
                break;
            }
        }
        if (k == start) {
            return null;
        }
        for (int x = start; x < k; x++) {
            if (isNominal(s.token(x))) {
                return new int[] {start, k};
            }
        }
        return null;
    }

    /**
     * The end of an inverted source with its appositive ({@code said Jane Roe, a lawyer for the
     * union.}): the appositive runs to the end of the sentence or to the next quotation, without
     * a participle clause ({@code said X, referring to Y}) or a relative clause that reports
     * ({@link #reportingRelative}), which PolNeAR leaves out of the source.
     */
    int appositiveEnd(Sentence s, int npEnd, boolean[] quoted) {
        int k = inversionEnd(s, npEnd, quoted);
        if (k > npEnd && s.token(npEnd + 1).ptb().equals("VBG")
                && !APPOSITIVE_PARTICIPLES.contains(lower(s.token(npEnd + 1)))) {
            return npEnd; // "said X, referring to Y": a participle clause about the saying, not an appositive
        }
        return k;
    }

    /**
     * The end of the inverted clause {@code said X[, …]}: the appositive and whatever clause
     * follows it up to the end of the sentence or the next quotation, but not a relative clause
     * that reports: a quotation after that clause is its own. Wider than the source after a
     * participle ({@link #appositiveEnd}): {@code said X, speaking to Y. "…"} goes on quoting X.
     */
    int inversionEnd(Sentence s, int npEnd, boolean[] quoted) {
        if (npEnd >= s.size() - 1 || !s.token(npEnd).text().equals(",")) {
            return npEnd;
        }
        int k = npEnd + 1;
        while (k < s.size() && !quoted[k]
                && !(s.token(k).is("VERB") && s.token(k).text().endsWith("ing") && lexicon.verbCue(s.token(k).lemma()) != null)
                && !(k > npEnd + 1 && s.token(k - 1).text().equals(",") && opensAdjunct(s.token(k)))) {
            k++;
        }
        while (k > npEnd + 1 && isPunct(s.token(k - 1))) {
            k--;
        }
        int cut = reportingRelative(s, npEnd, k);
        if (cut >= 0) {
            k = cut;
        }
        return k > npEnd + 1 ? k : npEnd;
    }

    /**
     * "X, a Y, said", "X, 22, of Z, said", "X, who …, said", "X, in a statement, said": the whole
     * source and its head NP, or null (chunks first, then the hand rules).
     */
    int[][] appositive(Sentence s, int comma, boolean[] quoted) {
        int[][] found = ChunkPhrases.hasChunks(s) ? ChunkPhrases.commaSubject(s, comma, quoted)
                : handAppositive(s, comma, quoted);
        if (found == null) {
            return null;
        }
        int cut = reportingRelative(s, Math.max(found[0][0], found[1][1]), found[0][1]);
        return cut < 0 ? found : new int[][] {{found[0][0], cut}, found[1]};
    }

    /**
     * The comma opening a non-restrictive relative clause in tokens [from, to) that itself
     * reports ("X, who said last week that …, added"; "said X, who has called the plan …"), or
     * -1. PolNeAR leaves such a clause out of the source: it is a report of its own. A relative
     * clause that only describes the speaker ("X, who led the panel, said", "X, who backs Lee,
     * said") stays in: on PolNeAR-train only clauses with a verb of saying are reliably left out.
     */
    int reportingRelative(Sentence s, int from, int to) {
        for (int c = from; c + 1 < to; c++) {
            if (!s.token(c).text().equals(",") || !ChunkPhrases.RELATIVES.contains(s.token(c + 1).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int k = c + 2; k < to; k++) {
                Token t = s.token(k);
                if (t.is("VERB") && REPORTING.contains(t.lemma())) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** "…, referring to …", "…, after listening …": a comma clause about the saying, not the speaker. */
    private static boolean opensAdjunct(Token t) {
        String p = t.ptb();
        return p.equals("VBG") || p.equals("IN") && !t.text().equalsIgnoreCase("of") || p.equals("WRB");
    }

    /** "X, who …, said" by rules over UD tags: the whole source and its head NP, or null. */
    int[][] handAppositive(Sentence s, int comma, boolean[] quoted) {
        for (int c = comma - 1; c > 0 && comma - c <= 15; c--) {
            if (quoted[c] || s.token(c).is("VERB") && lexicon.verbCue(s.token(c).lemma()) != null) {
                return null;
            }
            if (s.token(c).text().equals(",")) {
                int[] np = leftNP(s, c, quoted);
                if (np == null) {
                    return null;
                }
                boolean adverb = comma - c == 2 && s.token(c + 1).is("ADV");
                // "the mayor of Lviv, Anna Kovalenko, said": the name between the commas is the head.
                int[] head = allProper(s, c + 1, comma) ? new int[] {c + 1, comma} : np;
                return new int[][] {adverb ? np : new int[] {np[0], comma}, head};
            }
        }
        return null;
    }

    /** Quantifiers that stand alone as a subject ("several", "most", "another"). */
    private static final Set<String> LONE_QUANTIFIERS = Set.of("some", "many", "most", "several", "few", "both",
            "others", "another", "all", "half");

    static boolean loneQuantifier(Sentence s, int k) {
        return LONE_QUANTIFIERS.contains(s.token(k).text().toLowerCase(Locale.ROOT));
    }

    /** Token {@code k} opens a clause: the sentence start, or after punctuation, a conjunction or "that". */
    static boolean clauseStart(Sentence s, int k) {
        if (k == 0) {
            return true;
        }
        Token before = s.token(k - 1);
        return isPunct(before) || before.is("CCONJ") || before.is("SCONJ") || before.text().equalsIgnoreCase("that");
    }

    /** "all of", "some of", "none of", "three of", "most of": a quantifier heading a partitive NP. */
    static boolean isQuantifier(Token t) {
        return t.is("NUM") || (t.is("DET") || t.is("PRON") || t.is("ADJ"))
                && QUANTIFIERS.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** A past participle after a noun: "a poll conducted (by)". */
    static boolean isParticiple(Token t) {
        return t.is("VERB") && t.text().endsWith("ed");
    }
}
