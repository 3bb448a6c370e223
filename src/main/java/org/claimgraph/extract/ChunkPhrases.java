package org.claimgraph.extract;

import static org.claimgraph.extract.Tokens.*;

import java.util.Set;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Token;

/**
 * Source noun phrases from the annotator's phrase chunks (B-NP/I-NP, B-PP, ...): a chunk NP with
 * its post-modifiers ("the chairman of the committee", "people briefed on the talks",
 * "Sen. Ann Lee (D-Maine) and her aide"), and the comma-separated subjects before a cue ("Ann
 * Lee, 52, of Dover, Del., said", "Ann Lee, a nurse who …, said", "Ann Lee, who …, said").
 *
 * <p>Why chunks: the hand rules over UD tags stop at any mistagged word inside a name or title;
 * the chunker was trained on whole noun phrases and keeps them together. All methods return null
 * when the sentence has no chunk layer, so callers fall back to the hand rules.
 */
final class ChunkPhrases {
    /** Prepositions that attach a following NP to the subject ("the head of X", "officials in Y"). */
    static final Set<String> CHAIN_PREPOSITIONS = Set.of("of", "in", "for", "from", "at", "with", "to", "by",
            "on", "among", "within", "about", "like", "over");
    /** Objects of "in/on/at" that make the PP a circumstance of the saying, not part of the speaker. */
    static final Set<String> CHANNELS = Set.of("statement", "statements", "interview", "interviews", "tweet",
            "tweets", "speech", "letter", "email", "e-mail", "release", "video", "post", "call", "conference",
            "briefing", "appearance", "rally", "debate", "op-ed", "memo", "filing", "remarks", "event", "meeting",
            "hearing", "address", "message", "report", "broadcast", "town", "radio", "television", "show",
            "program", "note", "response", "reply", "court", "testimony", "column", "editorial", "blog");
    static final Set<String> RELATIVES = Set.of("who", "whose", "which", "whom");
    /** Adjectives that tie an unnamed source to what it knows: "close to", "familiar with", "privy to". */
    private static final Set<String> NEAR = Set.of("close", "familiar", "privy", "knowledgeable", "loyal", "allied",
            "sympathetic", "briefed");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me", "it");
    static final int MAX_SUBJECT = 45;
    static final int MAX_CHAIN = 25;

    private ChunkPhrases() {
    }

    static boolean hasChunks(Sentence s) {
        return s.size() > 0 && !s.token(0).ptb().isEmpty();
    }

    /** A time expression such as "on Friday", "last week", "early this year": date words and numbers. */
    static boolean time(Sentence s, int from, int to) {
        boolean dateWord = false;
        for (int k = from; k < to; k++) {
            String w = lower(s.token(k));
            if (DATE_WORDS.contains(w)) {
                dateWord = true;
            } else if (!s.token(k).ptb().equals("CD") && !w.equals("this") && !w.equals("next")) {
                return false;
            }
        }
        return dateWord;
    }

    /** "in a statement", "on Twitter"-like circumstance NPs right before a cue: the speaker is before them. */
    static boolean channel(Sentence s, int[] np) {
        return np[0] > 1 && Set.of("in", "on", "at", "during", "via", "through").contains(lower(s.token(np[0] - 1)))
                && CHANNELS.contains(lower(s.token(np[1] - 1)));
    }

    /** Day and month names and "today"/"yesterday": dropped from the front of a subject ("Friday Lee said"). */
    private static boolean leadingDate(Token t) {
        String w = lower(t);
        return DATE_WORDS.contains(w) && (Character.isUpperCase(t.text().charAt(0)) || w.equals("today")
                || w.equals("yesterday"));
    }


    /** Token {@code k} ends an NP chunk that closes right before {@code end}. */
    private static boolean npEndsAt(Sentence s, int k, int end, boolean[] quoted) {
        return k >= 0 && !quoted[k] && s.token(k).inChunk("NP") && s.chunkEnd(k) == end;
    }

    /** A chunk NP that can be a speaker: ends in a noun, number, proper name or pronoun. */
    private static boolean nominalHead(Token t) {
        String p = t.ptb();
        return p.startsWith("NN") || p.equals("CD") || p.equals("PRP") || t.is("PROPN") || t.is("NOUN");
    }

    /** "a third", "the rich": an adjective heading an NP chunk that opens with a determiner. */
    private static boolean adjectiveHead(Sentence s, int j) {
        int start = s.chunkStart(j);
        return s.token(j).ptb().startsWith("JJ") && start < j && s.token(start).ptb().equals("DT");
    }

    /**
     * The NP ending right before {@code end} with its pre-chained parts: NP (PP NP)*, possessors,
     * a reduced relative ("people briefed on the talks"), a parenthetical and a coordination.
     * Null when the token before {@code end} does not close an NP chunk or the NP is a lone
     * pronoun (the hand rules judge pronouns).
     */
    static int[] leftNP(Sentence s, int end, boolean[] quoted) {
        if (!hasChunks(s) || end <= 0) {
            return null;
        }
        int j = end - 1;
        if (s.token(j).text().equals(")")) {
            int open = j - 1;
            while (open > 0 && j - open < 10 && !s.token(open).text().equals("(") && !quoted[open]) {
                open--;
            }
            if (open <= 0 || !s.token(open).text().equals("(")) {
                return null;
            }
            int[] inner = leftNP(s, open, quoted);
            return inner == null ? null : new int[] {inner[0], end};
        }
        if (j > 0 && lower(s.token(j)).equals("here") && npEndsAt(s, j - 1, j, quoted)) {
            int[] before = leftNP(s, j, quoted); // "proponents of the ban here say"
            return before == null ? null : new int[] {before[0], end};
        }
        if (!npEndsAt(s, j, end, quoted) || !nominalHead(s.token(j)) && !adjectiveHead(s, j)) {
            return null;
        }
        int start = s.chunkStart(j);
        for (int k = j - 1; k >= start; k--) {
            if (quoted[k] || cutsPhrase(s.token(k))) {
                start = k + 1; // "CITY ― the mayor's office": the dateline is not part of the subject
                break;
            }
        }
        if (start < j && (s.token(start).ptb().equals("WP") || s.token(start).ptb().equals("WDT"))) {
            start++; // "who many in the party backed": the relative pronoun is the object
        }
        if (start >= end) {
            return null;
        }
        if (start > 0 && s.token(start - 1).ptb().startsWith("VB")) {
            // "sell [their land and others] have said": a chunk right after a verb is its object;
            // only the conjunct after "and" can be the subject of the next verb.
            for (int k = j - 1; k > start; k--) {
                if (s.token(k).ptb().equals("CC")) {
                    start = k + 1;
                    break;
                }
            }
        }
        boolean lonePronoun = end - start == 1 && s.token(j).is("PRON");
        int own = start;
        start = extendLeft(s, start, end, quoted);
        if (lonePronoun && (start == own || !OBJECT_PRONOUNS.contains(lower(s.token(j))))) {
            return null; // a lone pronoun is judged by the hand rules; "a source close to him" is a chain
        }
        // "Monday's results" keeps its date word; "Friday the mayor" does not.
        while (start < end - 1 && (leadingDate(s.token(start)) && !s.token(start + 1).ptb().equals("POS")
                || !isWordy(s.token(start)))) {
            start++;
        }
        return new int[] {start, end};
    }

    /** Punctuation inside a chunk that still separates phrases (dashes, colons, quotes, brackets). */
    private static boolean cutsPhrase(Token t) {
        String w = t.text();
        return t.is("PUNCT") && !w.equals(".") && !w.equals("-") && !w.equals("&") && !w.equals("'")
                && !w.equals("’s") && !w.equals("'s");
    }

    private static int extendLeft(Sentence s, int start, int end, boolean[] quoted) {
        while (end - start < MAX_CHAIN) {
            int p = start - 1;
            if (p < 0 || quoted[p]) {
                break;
            }
            Token t = s.token(p);
            String word = lower(t);
            if (s.token(start).ptb().equals("POS") && npEndsAt(s, p, start, quoted)) {
                start = s.chunkStart(p); // [the city] ['s mayor]
                continue;
            }
            if (t.begins("PP") && s.chunkEnd(p) == start && CHAIN_PREPOSITIONS.contains(word)) {
                int objectEnd = s.chunkEnd(start);
                if (time(s, start, objectEnd) && start == s.chunkStart(start) && objectEnd == end
                        && datedDocument(s, p - 1, quoted)) {
                    start = s.chunkStart(p - 2); // "a report released on Monday says"
                    continue;
                }
                if (time(s, start, objectEnd) || !word.equals("of")
                        && CHANNELS.contains(lower(s.token(objectEnd - 1)))) {
                    break; // "Lee on Friday said", "Lee in a statement said"
                }
                int q = p - 1;
                if (q < 0) {
                    break;
                }
                if (npEndsAt(s, q, p, quoted) && !time(s, s.chunkStart(q), p)) {
                    start = s.chunkStart(q);
                    continue;
                }
                String verbTag = s.token(q).ptb();
                boolean participle = s.token(q).inChunk("VP")
                        && (verbTag.equals("VBN") || verbTag.equals("VBG") || verbTag.equals("VBD"));
                // "aides close/RB to the mayor": the chunker may put the adverb-tagged "close" in an ADVP
                boolean adjective = (s.token(q).inChunk("ADJP") || s.token(q).inChunk("ADVP") && NEAR.contains(lower(s.token(q))))
                        && (verbTag.startsWith("JJ") || verbTag.equals("RB"));
                if ((participle || adjective) && s.chunkStart(q) == q && s.chunkEnd(q) == p
                        && npEndsAt(s, q - 1, q, quoted)) {
                    start = s.chunkStart(q - 1); // "a poll conducted by X", "a source familiar with Y"
                    continue;
                }
                break;
            }
            if (time(s, start, end) && start == s.chunkStart(start) && datedDocument(s, p, quoted)) {
                start = s.chunkStart(p - 1); // "a court filing released Monday says": not "Monday says"
                continue;
            }
            if (t.text().equals(")")) {
                int open = p - 1;
                while (open > 0 && p - open < 10 && !s.token(open).text().equals("(") && !quoted[open]) {
                    open--;
                }
                if (open > 0 && s.token(open).text().equals("(") && npEndsAt(s, open - 1, open, quoted)) {
                    start = s.chunkStart(open - 1); // "Sen. Ann Lee (D-Maine) and ..."
                    continue;
                }
                break;
            }
            if ((word.equals("and") || word.equals("&") || word.equals("nor") || word.equals("or")) && p > 0
                    && s.token(start).inChunk("NP")) {
                if (npEndsAt(s, p - 1, p, quoted) && nominalHead(s.token(p - 1))) {
                    start = s.chunkStart(p - 1);
                    continue;
                }
                if (s.token(p - 1).text().equals(")")) {
                    int[] before = leftNP(s, p, quoted);
                    if (before != null) {
                        start = before[0];
                        continue;
                    }
                }
            }
            break;
        }
        return start;
    }

    /**
     * A past participle at {@code k}, alone in its verb chunk, right after a noun phrase: the
     * reduced relative of "a report published Wednesday", whose noun is the subject of the verb
     * that follows the date.
     */
    private static boolean datedDocument(Sentence s, int k, boolean[] quoted) {
        return k > 0 && s.token(k).ptb().equals("VBN") && s.token(k).begins("VP") && s.chunkEnd(k) == k + 1
                && npEndsAt(s, k - 1, k, quoted) && nominalHead(s.token(k - 1)) && !s.token(k - 1).is("PRON");
    }

    /**
     * The NP starting at {@code start}: a chunk NP with possessors, (PP NP)* post-modifiers, a
     * parenthetical and a restrictive relative clause ("the man who built it"), or null.
     */
    static int[] rightNP(Sentence s, int start, boolean[] quoted) {
        if (!hasChunks(s) || start >= s.size() || quoted[start] || !s.token(start).begins("NP")) {
            return null;
        }
        int end = s.chunkEnd(start);
        if (!nominalHead(s.token(end - 1)) && !adjectiveHead(s, end - 1) || end - start == 1 && s.token(start).is("PRON")) {
            return null;
        }
        while (end < s.size() && end - start < MAX_CHAIN && !quoted[end]) {
            Token t = s.token(end);
            String word = lower(t);
            if (t.ptb().equals("POS") && t.inChunk("NP")) {
                end = s.chunkEnd(end);
            } else if (s.token(end - 1).ptb().equals("POS") && (t.ptb().startsWith("NN") || t.ptb().startsWith("JJ"))) {
                end = t.inChunk("NP") ? s.chunkEnd(end) : end + 1; // "the city's | mayor" split by the chunker
            } else if (t.begins("PP") && CHAIN_PREPOSITIONS.contains(word) && end + 1 < s.size()
                    && s.token(end + 1).begins("NP") && !quoted[end + 1]
                    && !time(s, end + 1, s.chunkEnd(end + 1))
                    && (word.equals("of") || !CHANNELS.contains(lower(s.token(s.chunkEnd(end + 1) - 1))))) {
                end = s.chunkEnd(end + 1);
            } else if (t.ptb().equals("VBN") && t.inChunk("VP") && s.chunkEnd(end) == end + 1 && end + 1 < s.size()
                    && (s.token(end + 1).begins("PP") || time(s, end + 1, s.chunkEnd(end + 1)))) {
                // "a poll released Monday", "audio provided to the paper": the participle's object goes along
                end = time(s, end + 1, s.chunkEnd(end + 1)) ? s.chunkEnd(end + 1) : end + 1;
                if (s.token(end - 1).begins("PP") && end < s.size() && s.token(end).begins("NP") && !quoted[end]) {
                    end = s.chunkEnd(end);
                } else if (s.token(end - 1).begins("PP")) {
                    end--;
                    break;
                }
            } else if (NEAR.contains(word) && end + 2 < s.size() && s.token(end + 1).begins("PP")
                    && s.token(end + 2).begins("NP") && !quoted[end + 2]) {
                end = s.chunkEnd(end + 2); // "a source close to the campaign", "people familiar with the plans"
            } else if (word.equals("and") && t.ptb().equals("CC") && end + 1 < s.size() && !quoted[end + 1]
                    && s.token(end - 1).ptb().startsWith("NNP") && s.token(end + 1).begins("NP")
                    && s.token(end + 1).ptb().startsWith("NNP") && s.token(s.chunkEnd(end + 1) - 1).ptb().startsWith("NNP")) {
                end = s.chunkEnd(end + 1); // names joined by "and": "David and Jeanne Heidler", "Women and Politics"
            } else if (word.equals("(")) {
                int close = end + 1;
                while (close < s.size() && close - end < 10 && !s.token(close).text().equals(")")) {
                    close++;
                }
                if (close >= s.size() || !s.token(close).text().equals(")")) {
                    break;
                }
                end = close + 1;
            } else if (RELATIVES.contains(word) && !word.equals("which")) {
                int k = end + 1;
                while (k < s.size() && !quoted[k] && !isPunct(s.token(k))) {
                    k++;
                }
                end = k;
                break;
            } else {
                break;
            }
        }
        return new int[] {start, end};
    }

    private enum Part { NP, APPOSITIVE, RELATIVE, ADJUNCT, OTHER }

    /**
     * The comma-separated subject ending at the comma before a cue: segments between commas read
     * right to left, a name or NP head, appositives (NP, age, "of Place", participle), relative
     * clauses (which may hold commas), and trailing adjuncts ("X, in a statement, said"), which
     * the source leaves out. Returns {source, head} as token ranges, or null.
     */
    static int[][] commaSubject(Sentence s, int comma, boolean[] quoted) {
        int sourceEnd = comma;
        int segEnd = comma;
        int head = -1;
        int headEnd = -1;
        int leftmost = -1;
        boolean core = false;
        boolean needHead = true;
        boolean pending = false;
        while (segEnd > 0 && comma - segEnd < MAX_SUBJECT) {
            int a = segEnd;
            while (a > 0 && !quoted[a - 1] && !isSegmentBoundary(s.token(a - 1))) {
                a--;
            }
            boolean atEdge = a == 0 || quoted[a - 1] || !s.token(a - 1).text().equals(",");
            if (a == segEnd) {
                break;
            }
            Part part = classify(s, a, segEnd, quoted);
            if (part == Part.OTHER && a + 1 < segEnd && connective(s.token(a))
                    && classify(s, a + 1, segEnd, quoted) == Part.NP) {
                // "But Ann Lee, the treasurer, said": the conjunction opens the clause, the name after it the subject
                part = Part.NP;
                a++;
                atEdge = true;
            }
            if (!core && part == Part.ADJUNCT) {
                sourceEnd = a - 1;
            } else if (part == Part.NP) {
                if (pending) {
                    return null;
                }
                core = true;
                needHead = false;
                leftmost = a;
                if (head < 0 || !properName(s, head, headEnd) || properName(s, a, segEnd)) { // the leftmost name
                    head = a;
                    headEnd = segEnd;
                }
            } else if (a == 0 && !needHead && part == Part.APPOSITIVE && s.token(0).ptb().equals("VBN")) {
                break; // a fronted participle clause: "Alarmed by the unrest, Sen. Lee, the leader, said"
            } else if (part == Part.APPOSITIVE || part == Part.RELATIVE) {
                if (pending && part != Part.RELATIVE) {
                    return null;
                }
                pending = false;
                core = true;
                needHead = true;
            } else if (!needHead) {
                break; // the clause before the subject
            } else {
                pending = true; // inside a relative clause that holds commas
            }
            if (atEdge) {
                break;
            }
            segEnd = a - 1;
        }
        if (needHead || pending || head < 0 || sourceEnd <= leftmost) {
            return null;
        }
        return new int[][] {{leftmost, sourceEnd}, {head, headEnd}};
    }

    /** Words that open a clause before its subject: "but", "and", "as", "though", "while", "because". */
    private static final Set<String> CONNECTIVES = Set.of("and", "but", "or", "yet", "so", "nor", "as", "though",
            "although", "while", "because", "since", "when", "if", "whereas", "after", "before", "until", "once");

    private static boolean connective(Token t) {
        String p = t.ptb();
        return (p.equals("CC") || p.equals("IN") || p.equals("WRB") || p.equals("RB")) && CONNECTIVES.contains(lower(t));
    }

    private static boolean isSegmentBoundary(Token t) {
        String w = t.text();
        return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("—") || w.equals("--") || w.equals("“")
                || w.equals("”") || w.equals("\"");
    }

    /** Only proper nouns (and their abbreviation periods): "Sen. Ann Lee", not "the city's mayor". */
    private static boolean properName(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = s.token(k);
            if (!t.ptb().startsWith("NNP") && !t.text().equals(".")) {
                return false;
            }
        }
        return true;
    }

    private static Part classify(Sentence s, int a, int b, boolean[] quoted) {
        Token first = s.token(a);
        String word = lower(first);
        if (RELATIVES.contains(word)) {
            return Part.RELATIVE;
        }
        if (b - a == 1 && first.ptb().equals("CD")) {
            return Part.APPOSITIVE; // age
        }
        if ((word.equals("of") || word.equals("from") || word.equals("including")) && b - a > 1) {
            int[] np = rightNP(s, a + 1, quoted);
            return np != null && np[1] == b ? Part.APPOSITIVE : Part.OTHER;
        }
        if (first.ptb().equals("VBN") || word.equals("now") || word.equals("formerly") || word.equals("himself")
                || word.equals("herself")) {
            return Part.APPOSITIVE; // "a nurse raised in Dover", "now a senator"
        }
        int[] np = rightNP(s, a, quoted);
        if (np != null && np[1] > b && s.token(b).text().equals(",")) {
            np = new int[] {a, b}; // "[Zimmerman, 32] said": the chunker ran the NP over the comma
        }
        if (np != null && np[1] + 1 < b && s.token(np[1]).ptb().equals("CC") && s.token(np[1] + 1).ptb().equals("DT")) {
            int[] second = rightNP(s, np[1] + 1, quoted); // "a former minister and a deputy premier of X"
            if (second != null && second[1] == b) {
                np = new int[] {a, b};
            }
        }
        if (np != null && np[1] == b) {
            return time(s, np[0], np[1]) || DATE_WORDS.contains(lower(s.token(np[1] - 1))) ? Part.ADJUNCT : Part.NP;
        }
        if (np != null && b > np[1] && s.token(np[1]).ptb().startsWith("VBN")) {
            return Part.APPOSITIVE;
        }
        if (first.ptb().equals("IN") || first.ptb().equals("VBG") || first.ptb().startsWith("RB")
                || first.ptb().equals("TO") || first.ptb().equals("WRB") && !word.equals("where")) {
            // "X, when contacted by Y, said": a "when" clause is about the saying, like "in a statement"
            return Part.ADJUNCT;
        }
        return Part.OTHER;
    }
}
