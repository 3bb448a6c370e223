package org.claimgraph.extract;

import static org.claimgraph.extract.Tokens.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;

/**
 * Sourceless cues that are not a verb of the sentence's own clause frame: the hearsay adverb
 * ({@code X reportedly did Y}) and a mid-sentence question ({@code …, he said when asked about
 * Y}). PolNeAR leaves the source of both empty. Each family was kept only where its uses were
 * gold cues well over one time in three on the PolNeAR training part.
 */
final class SourcelessCue {
    /** Words that open the question after a mid-sentence "when asked". */
    private static final Set<String> QUESTION_OPENERS = Set.of("about", "if", "whether", "why", "how", "what",
            "which", "who");
    /** Subordinators before "asked" that make it a reduced clause: "when asked", "if asked". */
    private static final Set<String> ASKED_LEADS = Set.of("when", "if", "once", "after");
    /** Words that keep a content going after a comma: relative and locative continuations. */
    private static final Set<String> CONTINUES = Set.of("where", "including");
    /** Subordinators that open the content itself rather than an adjunct after it. */
    private static final Set<String> COMPLEMENTISERS = Set.of("that", "whether", "if");

    private SourcelessCue() {
    }

    /** Whether token {@code i} may start one of these cues (cheap test before {@link #find}). */
    static boolean isCue(Sentence s, int i) {
        String lower = s.token(i).text().toLowerCase(Locale.ROOT);
        return lower.equals("reportedly") || lower.equals("titled") && i + 1 < s.size() || lower.equals("asked") && i > 0
                && ASKED_LEADS.contains(s.token(i - 1).text().toLowerCase(Locale.ROOT));
    }

    static Candidate find(String text, Sentence s, int i, boolean[] quoted) {
        String lower = s.token(i).text().toLowerCase(Locale.ROOT);
        return lower.equals("reportedly") ? reportedly(text, s, i, quoted)
                : lower.equals("titled") ? titled(text, s, i, quoted) : whenAsked(text, s, i, quoted);
    }

    /** Small words inside an unquoted title ("Man of the World", "Salt and Rope"). */
    private static final Set<String> TITLE_LINKS = Set.of("of", "the", "a", "an", "and", "in", "on", "for", "to");

    /** A small word inside a title: one or two of them, then a capitalised word. */
    private static boolean titleLink(Sentence s, int k) {
        for (int j = k; j < s.size() && j <= k + 1 && TITLE_LINKS.contains(s.token(j).text()); j++) {
            if (j + 1 < s.size() && capitalised(s.token(j + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalised(Token t) {
        return Character.isUpperCase(t.text().charAt(0));
    }

    /** Quotation marks a title may open or close with. */
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "''", "``", "'", "‘", "’");

    /**
     * "a thriller titled "The Last Ferry"", "Titled "…", the ad …", "The book is titled "…"": the
     * writer names a work; PolNeAR takes "titled" as a sourceless cue with the title as content,
     * and after "is titled" the subject as well. The title is the quotation after the cue, or
     * for an unquoted title the rest of the clause.
     */
    private static Candidate titled(String text, Sentence s, int i, boolean[] quoted) {
        if (quoted[i]) {
            return null;
        }
        int start = i + 1;
        if (start < s.size() && s.token(start).text().equals(",")) {
            start++;
        }
        if (start >= s.size()) {
            return null;
        }
        boolean quotation = quoted[start] || QUOTE_MARKS.contains(s.token(start).text());
        int end = start;
        if (quotation) {
            while (end < s.size() && (quoted[end] || QUOTE_MARKS.contains(s.token(end).text())
                    || end > start && s.token(end).text().equals(",") && end + 1 < s.size()
                    && QUOTE_MARKS.contains(s.token(end + 1).text()))) {
                end++;
            }
        } else {
            // an unquoted title: its capitalised words and the small words between them ("Man of the World")
            while (end < s.size() && (capitalised(s.token(end)) || end > start && titleLink(s, end))) {
                end++;
            }
        }
        Span title = end > start ? trim(text, tokens(s, start, end)) : null;
        if (title == null) {
            return null;
        }
        int group = i;
        while (group > 0 && s.token(group - 1).is("AUX")) {
            group--;
        }
        if (group == i) {
            return new Candidate(List.of(), null, List.of(s.token(i).span()), List.of(title), "title", false, 0.5);
        }
        int[] subject = NounPhrases.leftNP(s, group, quoted);
        List<Span> content = subject == null ? List.of(title) : List.of(tokens(s, subject[0], subject[1]), title);
        return new Candidate(List.of(), null, List.of(tokens(s, group, i + 1)), content, "title", false, 0.5);
    }

    /**
     * "X has reportedly done Y": the adverb is the cue; the content is the clause around it in two
     * pieces, the subject with any auxiliary before the adverb and the predicate after it.
     * "Reportedly, X did Y": the clause after the comma.
     */
    private static Candidate reportedly(String text, Sentence s, int i, boolean[] quoted) {
        if (quoted[i]) {
            return null;
        }
        List<Span> cue = List.of(s.token(i).span());
        int after = i + 1;
        if (after < s.size() && s.token(after).text().equals(",")) {
            after++;
        }
        int end = clauseEnd(s, after);
        if (end - after < 2) {
            return null;
        }
        Span predicate = trim(text, tokens(s, after, end));
        if (predicate == null) {
            return null;
        }
        int first = Tokens.firstWord(s);
        if (i == first) {
            return new Candidate(List.of(), null, cue, List.of(predicate), "reportedly", false, 0.5);
        }
        // the auxiliaries between subject and adverb stay with the subject ("The FBI is | making …")
        int auxFrom = i;
        while (auxFrom > 0 && (s.token(auxFrom - 1).is("AUX") || s.token(auxFrom - 1).is("PART"))) {
            auxFrom--;
        }
        int[] subject = NounPhrases.leftNP(s, auxFrom, quoted);
        if (subject == null) {
            return null;
        }
        List<Span> content = new ArrayList<>();
        content.add(tokens(s, subject[0], i));
        content.add(predicate);
        return new Candidate(List.of(), null, cue, content, "reportedly", false, 0.5);
    }

    /**
     * "…, X said when asked about Y" / "… when asked whether Y": the question, sourceless. The cue
     * takes "about" along (PolNeAR: "asked about"), a question word opens the content.
     */
    private static Candidate whenAsked(String text, Sentence s, int i, boolean[] quoted) {
        if (quoted[i] || i - 1 == Tokens.firstWord(s)) {
            return null; // a sentence-opening "When asked …," is AskedClause's
        }
        int k = i + 1;
        if (k < s.size() && s.token(k).is("ADV") && !QUESTION_OPENERS.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
            k++; // "when asked specifically whether …"
        }
        List<Span> asker = List.of();
        Span askerHead = null;
        if (k < s.size() && s.token(k).text().equalsIgnoreCase("by")) {
            // "…, he said when asked by a reporter whether …": the asker is the question's source
            int to = k + 1;
            while (to < s.size() && !quoted[to] && to - k <= 5 && (s.token(to).is("DET") || s.token(to).is("ADJ")
                    || s.token(to).is("NOUN") || s.token(to).is("PROPN"))) {
                to++;
            }
            if (to == k + 1 || to >= s.size() || !s.token(to - 1).is("NOUN") && !s.token(to - 1).is("PROPN")
                    || s.token(to).text().equalsIgnoreCase("about")) {
                return null;
            }
            askerHead = tokens(s, k + 1, to);
            asker = List.of(askerHead);
            k = to;
        }
        if (k >= s.size() || !QUESTION_OPENERS.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        boolean about = s.token(k).text().equalsIgnoreCase("about");
        int start = about ? k + 1 : k;
        int end = clauseEnd(s, start);
        if (end - start < 1) {
            return null;
        }
        Span content = trim(text, tokens(s, start, end));
        if (content == null) {
            return null;
        }
        Span cue = about && k == i + 1 ? tokens(s, i, k + 1) : s.token(i).span();
        return new Candidate(asker, askerHead, List.of(cue), List.of(content), "ask", false, 0.5);
    }

    /**
     * Where a sourceless content ends: at the sentence end, a semicolon, dash or parenthesis, or a
     * comma that opens a new clause or aside ("…, leaving progressives …", "…, but …", "…, he
     * said"), not at one that goes on ("…, where …", "…, including …"); or at a subordinator
     * after the first words.
     */
    static int clauseEnd(Sentence s, int from) {
        int k = from;
        for (; k < s.size(); k++) {
            Token t = s.token(k);
            if (isPunct(t) && Set.of(";", "—", "–", "(", ")", ":", "-").contains(t.text())
                    && !(t.text().equals("-") && (k == 0 || s.token(k - 1).end() == t.begin()))) {
                break; // a spaced hyphen is a dash; "anti-Trump" is not
            }
            if (t.is("SCONJ") && k > from + 1 && !COMPLEMENTISERS.contains(t.text().toLowerCase(Locale.ROOT))) {
                break; // "… as it nears the end", "… even if …": an adjunct of the writer's
            }
            if (t.text().equals(",") && k + 1 < s.size()) {
                Token next = s.token(k + 1);
                String lower = next.text().toLowerCase(Locale.ROOT);
                if (!CONTINUES.contains(lower) && (next.is("VERB") || next.is("AUX") || next.is("SCONJ")
                        || next.is("CCONJ") || next.is("PRON") || next.is("ADV") || next.is("DET")
                        || next.is("ADP") || next.is("PROPN"))) {
                    break;
                }
            }
        }
        return k;
    }

}
