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


/** Quotations around a cue: before it, after it, and how far a quoted content runs in its sentence. */
final class QuotePatterns {
    /**
     * What may stand between a quotation and its speech tag: spaces (also the no-break space some
     * papers use), a comma, a dash, and the stray apostrophe left when a nested quote closes with
     * three ({@code 'rain or shine,'''}: the quote finder pairs the first two).
     */
    static final Pattern GAP_BEFORE = Pattern.compile("[\\s\u00a0\u202f,'’—–-]*");

    private QuotePatterns() {
    }

    /**
     * A quotation that ends a longer clause: PolNeAR's content starts at the beginning of the
     * sentence ("In 2009, when …, "states were …," she said"), unless the quotation itself
     * started in an earlier sentence.
     */
    static Span withLeadIn(String text, Sentence s, Span quote) {
        if (quote.begin() <= s.begin() || quote.end() > s.end()) {
            return quote;
        }
        int first = Tokens.firstWord(s);
        int quoteTok = s.tokenAtOrAfter(quote.begin());
        return quoteTok - first >= 1 && words(s, first) - words(s, quoteTok) >= 1
                ? new Span(s.token(first).begin(), quote.end()) : quote;
    }

    /**
     * A content that opens a quotation and stops at a sentence break inside it ({@code X said
     * that "A. B. C."}) runs on to the quotation's end: the sentence splitter cut the quotation,
     * the reporter did not. PolNeAR's content ends at the closing mark in every such case on its
     * training part where it ends at either. Quotations going on into another paragraph are left
     * alone (a missing closing mark there is more often a typo).
     */
    static Candidate throughQuotation(String text, Candidate c, List<Span> quotes) {
        if (c.content().isEmpty()) {
            return c;
        }
        int last = c.content().size() - 1;
        Span piece = c.content().get(last);
        for (Span q : quotes) {
            if (q.begin() >= piece.end()) {
                break;
            }
            if (q.begin() < piece.begin() || q.end() <= piece.end()) {
                continue;
            }
            String rest = text.substring(piece.end(), q.end());
            if (rest.indexOf('\n') >= 0 || !SENTENCE_BREAK.matcher(rest).find() || overlapsCue(c, piece.end(), q.end())) {
                return c;
            }
            List<Span> content = new ArrayList<>(c.content());
            content.set(last, new Span(piece.begin(), q.end()));
            return new Candidate(c.source(), c.sourceHead(), c.cue(), List.copyOf(content), c.cueLemma(), c.direct(), c.confidence());
        }
        return c;
    }

    /**
     * A quotation before its speech tag with no second half yet ({@code "A," X, who …, told Y.
     * "B."}): the quotation opening the next sentence, or a wholly quoted next paragraph, goes on
     * with the same words, as {@link #quoteStartingAfter} finds for the plainer tags.
     */
    static Candidate withSecondHalf(String text, Candidate c, List<Span> quotes) {
        if (c.content().size() != 1 || c.cue().isEmpty()) {
            return c;
        }
        Span first = c.content().get(0);
        int tagEnd = c.cue().get(c.cue().size() - 1).end();
        for (Span s : c.source()) {
            tagEnd = Math.max(tagEnd, s.end());
        }
        boolean quotedTag = quotedSpeechTag(text, c, first, quotes);
        if (first.end() > c.cue().get(0).begin()
                || !quotedTag && trimmedQuote(text, first, quotes) == null && !opensWithQuote(first, quotes)) {
            return c;
        }
        Span next = openingNextSentence(text, quotes, tagEnd);
        if (next == null || next.begin() < tagEnd || quotedTag && text.substring(tagEnd, next.begin()).indexOf('\n') >= 0) {
            return c;
        }
        return new Candidate(c.source(), c.sourceHead(), c.cue(), List.of(first, next), c.cueLemma(), true, c.confidence());
    }

    /**
     * {@code "A," X said, according to Y. "B."}: the content of "according to" is the quotation
     * with its own speech tag, and the next sentence's quotation goes on with it in the same
     * paragraph (five cases of five on PolNeAR's training part).
     */
    private static boolean quotedSpeechTag(String text, Candidate c, Span first, List<Span> quotes) {
        if (!c.cueLemma().equals("accord to")) {
            return false;
        }
        for (Span q : quotes) {
            if (q.begin() == first.begin()) {
                return q.end() < first.end() && strip(text.substring(first.end(), c.cue().get(0).begin())).matches(",?");
            }
        }
        return false;
    }

    /**
     * Whether {@code piece} opens with a quotation closed inside it ({@code "A" before the vote, X
     * said. "B."}): the writer's few words after the quoted part do not end the speaker's turn.
     */
    private static boolean opensWithQuote(Span piece, List<Span> quotes) {
        for (Span q : quotes) {
            if (q.begin() == piece.begin()) {
                return q.end() < piece.end();
            }
        }
        return false;
    }

    /** The quotation that ends where {@code piece} ends, or null. */
    private static Span trimmedQuote(String text, Span piece, List<Span> quotes) {
        for (Span q : quotes) {
            if (q.end() == piece.end() && q.begin() >= piece.begin()) {
                return q;
            }
        }
        return null;
    }

    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.?!][\"”’')]*[\\s\u00a0]+\\S");

    private static boolean overlapsCue(Candidate c, int begin, int end) {
        Span range = new Span(begin, end);
        return c.cue().stream().anyMatch(range::overlaps) || c.source().stream().anyMatch(range::overlaps);
    }

    /** A quotation followed by more of the same clause ("X said Y "was …" and shared …"): up to the sentence end. */
    static Span withTail(String text, Sentence s, Span content) {
        int next = s.tokenAtOrAfter(content.end());
        if (next >= s.size() || content.end() > s.end() || words(s, next) < 2) {
            return content;
        }
        Token t = s.token(next);
        if (isPunct(t) && !t.text().equals(",")) {
            return content; // "…" - she said / "…": another clause
        }
        for (int k = next; k < s.size(); k++) {
            if (s.token(k).is("VERB") && k > next && s.token(k - 1).is("PRON")) {
                return content; // "…" he said
            }
        }
        int end = s.end();
        for (int k = next; k < s.size(); k++) {
            if (s.token(k).text().equals(",") && opensAside(s, k)) {
                end = s.token(k).begin(); // "“…” indicators in the talks, but allies expressed …": the writer's aside
                break;
            }
        }
        Span whole = trim(text, new Span(content.begin(), end));
        return whole == null ? content : whole;
    }

    /**
     * Whether the comma at {@code comma} opens the writer's aside to a reported clause rather than
     * more of it: a non-restrictive relative clause ("…, which …", "…, who …") or a contrast with a
     * new subject or predicate ("…, but he …", "…, but did not …"). PolNeAR ends the content
     * there more often than not (measured on its training part).
     */
    static boolean opensAside(Sentence s, int comma) {
        if (comma + 1 >= s.size()) {
            return false;
        }
        String next = s.token(comma + 1).text().toLowerCase(Locale.ROOT);
        if (next.equals("which") || next.equals("who")) {
            return true;
        }
        if (!next.equals("but") || comma + 2 >= s.size()) {
            return false;
        }
        Token after = s.token(comma + 2);
        if (after.is("PRON") || after.is("VERB") || after.is("DET") || after.is("AUX")) {
            return true;
        }
        // ", but Western allies expressed …": a new subject (adjectives, nouns) and then its verb.
        int k = comma + 2;
        while (k < s.size() && k - comma <= 5 && (s.token(k).is("ADJ") || s.token(k).is("NOUN") || s.token(k).is("PROPN"))) {
            k++;
        }
        return k > comma + 2 && k < s.size() && (s.token(k).is("VERB") || s.token(k).is("AUX"));
    }

    /**
     * Whether the rest of the sentence after a cue is a plain adjunct ("said at an event in Ohio",
     * "said on a call set up by unions", "said when asked about it"): no quotation, no
     * complementiser and at most a participle or a subordinate clause opener as verbs.
     */
    static boolean adjunctOnly(Sentence s, int from, boolean[] quoted) {
        if (from >= s.size()) {
            return false;
        }
        for (int k = from; k < s.size(); k++) {
            Token t = s.token(k);
            if (quoted[k] || t.text().equalsIgnoreCase("that") || t.is("AUX")
                    || t.is("VERB") && !t.text().endsWith("ing") && !t.text().endsWith("ed") && k > from && !s.token(k - 1).is("SCONJ")
                        && !adjunctWord(t)) {
                return false;
            }
            // the marks of a quoted title the caller has unquoted ("on “Morning Tide.”") are no clause break
            if (t.is("PUNCT") && !t.text().equals(",") && k < s.size() - 1 && !QUOTE_MARKS.contains(t.text())
                    && !(t.text().equals(".") && onlyClosingMarksAfter(s, k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "said to reporters", "said to loud cheers", "on a call set up by unions": a word the
     * universal tagger calls a verb while its treebank tag says noun or adjective, or a
     * participle ("set up"), is no verb of a reported clause.
     */
    private static boolean adjunctWord(Token t) {
        String ptb = t.ptb();
        return ptb.startsWith("NN") || ptb.startsWith("JJ") || ptb.equals("VBN") || ptb.equals("VBG");
    }

    private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "``", "''", "‘", "’");

    private static boolean onlyClosingMarksAfter(Sentence s, int k) {
        for (int j = k + 1; j < s.size(); j++) {
            if (!Token.CLOSING_QUOTES.contains(s.token(j).text())) {
                return false;
            }
        }
        return true;
    }

    /** The end of the sentence's last token that is not punctuation. */
    static int lastWordEnd(Sentence s) {
        int k = s.size() - 1;
        while (k > 0 && isPunct(s.token(k))) {
            k--;
        }
        return s.token(k).end();
    }

    static boolean[] quotedTokens(Sentence s, List<Span> quotes) {
        boolean[] quoted = new boolean[s.size()];
        for (Span q : quotes) {
            if (q.end() <= s.begin() || q.begin() >= s.end()) {
                continue;
            }
            for (int k = 0; k < s.size(); k++) {
                Token t = s.token(k);
                if (t.begin() >= q.begin() && t.end() <= q.end()) {
                    quoted[k] = true;
                }
            }
        }
        return quoted;
    }

    static Span quoteEndingBefore(String text, List<Span> quotes, int offset, Sentence s) {
        for (int k = quotes.size() - 1; k >= 0; k--) {
            Span q = quotes.get(k);
            if (q.end() <= offset && GAP_BEFORE.matcher(text.substring(q.end(), offset)).matches()) {
                return q;
            }
            if (q.end() < offset - 3) {
                return null;
            }
        }
        return null;
    }

    /**
     * The quotation starting right after {@code offset}. With {@code acrossSentence} it may
     * follow a full stop: the second half of a split quote often is a sentence of its own
     * ({@code "A," X said. "B."}), also after a longer speech tag ({@code "A," X said on a
     * call with donors, adding that …. "B."}): PolNeAR's content of the tag's cue takes the
     * quotation that opens the next sentence of the paragraph about nine times in ten
     * (measured on its training part).
     */
    static Span quoteStartingAfter(String text, List<Span> quotes, int offset, boolean acrossSentence) {
        for (Span q : quotes) {
            if (q.begin() >= offset) {
                String gap = strip(text.substring(offset, q.begin()));
                boolean sentenceGap = acrossSentence && gap.equals(".") && !text.substring(offset, q.begin()).contains("\n")
                        && !taggedAfter(text, q);
                if (acrossSentence && gap.isEmpty() && nameInTag(text, q)) {
                    return openingNextSentence(text, quotes, q.end()); // "…," X told NBC's "Today" on Monday. "…"
                }
                if (gap.isEmpty() || gap.equals(",") || gap.equals(":") || sentenceGap) {
                    return q;
                }
                return acrossSentence ? openingNextSentence(text, quotes, offset) : null;
            }
        }
        return null;
    }

    /**
     * Whether a quotation glued to the speech tag is a name in it rather than the speaker's words:
     * a title in capitals ("This Week", "Good Morning America") or a phrase the sentence goes on
     * after ("on CNN's "State of the Union" Sunday").
     */
    static boolean nameInTag(String text, Span q) {
        int k = lineSpacesEnd(text, q.end());
        if (k < text.length() && Character.isLetterOrDigit(text.charAt(k))) {
            return true;
        }
        String[] words = text.substring(q.begin(), q.end()).replaceAll("[^\\p{L}\\p{N}\\s'’-]", " ").strip().split("\\s+");
        if (words.length == 0 || words.length > 6 || words[0].isEmpty()) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0)) && !SMALL_TITLE_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> SMALL_TITLE_WORDS = Set.of("of", "the", "and", "a", "an", "in", "on", "with", "for", "to", "at");

    /**
     * {@code q} unless it ends in a comma (a tag of its own follows); a quotation running over
     * paragraphs that ends so keeps its first paragraph, the part before the new tag.
     */
    private static Span firstParagraphUnlessTagged(String text, Span q) {
        if (!taggedAfter(text, q)) {
            return q;
        }
        int nl = text.indexOf('\n', q.begin());
        if (nl < 0 || nl >= q.end()) {
            return null;
        }
        int end = nl;
        while (end > q.begin() && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(q.begin(), end);
    }

    /**
     * A quotation ending in a comma that the sentence goes on after with a clause word rather than
     * a speech tag ({@code "…," which votes in June} / {@code "…," because of …}) still belongs to
     * the previous speaker: PolNeAR's content takes it in every such case on its training part.
     */
    private static boolean taggedAfter(String text, Span q) {
        if (!endsInComma(text, q)) {
            return false;
        }
        int k = lineSpacesEnd(text, q.end());
        int w = k;
        while (w < text.length() && Character.isLetter(text.charAt(w))) {
            w++;
        }
        return !CLAUSE_GOES_ON.contains(text.substring(k, w));
    }

    /** Lower-case words that carry the sentence on past a quotation, not open its speech tag. */
    private static final Set<String> CLAUSE_GOES_ON = Set.of("which", "because", "and", "but", "so", "while",
            "although", "though", "when", "as", "since", "if", "or");

    /**
     * A quotation ending in a comma ("B," he added) has a speech tag of its own: PolNeAR gives it
     * to that tag, not to the previous sentence's (about four times in five on its training part).
     */
    private static boolean endsInComma(String text, Span q) {
        int k = q.end() - 1;
        while (k > q.begin() && "\"”“'’ ".indexOf(text.charAt(k)) >= 0) {
            k--;
        }
        return text.charAt(k) == ',';
    }

    /** The quotation opening the sentence after the one holding {@code offset}, in the same paragraph. */
    private static Span openingNextSentence(String text, List<Span> quotes, int offset) {
        int end = sentenceEnd(text, offset);
        if (end < 0) {
            return wholeNextParagraph(text, quotes, offset);
        }
        for (Span q : quotes) {
            if (q.begin() >= end) {
                if (strip(text.substring(end, q.begin())).isEmpty()) {
                    return firstParagraphUnlessTagged(text, q);
                }
                break;
            }
        }
        return unclosedToParagraphEnd(text, lineSpacesEnd(text, end));
    }

    /**
     * {@code "A," X said. "B. C.¶} with no closing mark before the paragraph ends (news style when
     * the quoting goes on, or stops, after it): the quotation runs to the paragraph end, which the
     * quotation finder leaves unpaired when the next paragraph does not open with a mark.
     */
    private static Span unclosedToParagraphEnd(String text, int k) {
        if (k >= text.length() || text.charAt(k) != '\u201c') {
            return null;
        }
        int nl = text.indexOf('\n', k);
        int end = nl < 0 ? text.length() : nl;
        if (text.substring(k + 1, end).indexOf('\u201d') >= 0 || text.substring(k + 1, end).indexOf('\u201c') >= 0) {
            return null;
        }
        while (end > k && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end > k + 1 ? new Span(k, end) : null;
    }

    /**
     * When the speech tag ends its paragraph, a next paragraph that is one quotation and nothing
     * else goes on with the same speaker's words (news style for a long quote): PolNeAR's content
     * takes it in about five cases of six on its training part. A paragraph that goes on after
     * its quotation has a tag or a voice of its own.
     */
    private static Span wholeNextParagraph(String text, List<Span> quotes, int offset) {
        int nl = text.indexOf('\n', offset);
        if (nl < 0) {
            return null;
        }
        for (Span q : quotes) {
            if (q.begin() >= nl) {
                if (!strip(text.substring(nl, q.begin())).isEmpty() || endsInComma(text, q)) {
                    return null;
                }
                int after = text.indexOf('\n', q.end());
                String rest = text.substring(q.end(), after < 0 ? text.length() : after);
                return strip(rest).isEmpty() ? q : null;
            }
        }
        return null;
    }

    /**
     * The offset after the first full stop, question or exclamation mark (with any closing
     * quotation mark or bracket glued to it) that is followed by white space, or -1 when a
     * paragraph ends first.
     */
    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return -1;
            }
            if (c == '.' || c == '?' || c == '!') {
                int j = i + 1;
                while (j < text.length() && "\"”’')".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                if (j < text.length() && isSpace(text.charAt(j)) && text.charAt(j) != '\n' && !(j == i + 1 && abbreviation(text, i))) {
                    return j;
                }
            }
        }
        return -1;
    }

    /**
     * Whether the full stop at {@code dot} closes an abbreviation inside the sentence rather than
     * the sentence: a title before a name ("Mr. Trump") or an initial ("John F. Kerry", "the U.S.
     * envoy") followed by a word. Followed by a quotation mark it still ends the sentence.
     */
    private static boolean abbreviation(String text, int dot) {
        int k = lineSpacesEnd(text, dot + 1);
        if (k >= text.length() || !Character.isLetter(text.charAt(k))) {
            return false;
        }
        int w = dot;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, dot);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0)) || NAME_TITLES.contains(word);
    }

    /** Abbreviated titles that stand before a name. */
    private static final Set<String> NAME_TITLES = Set.of("Mr", "Mrs", "Ms", "Dr", "Sen", "Sens", "Rep", "Reps", "Gov",
            "Lt", "Gen", "Col", "Sgt", "Rev", "Prof", "St", "Capt", "Adm", "Maj", "Cmdr");

    /** The offset after the white space (but no line break) starting at {@code k}. */
    private static int lineSpacesEnd(String text, int k) {
        while (k < text.length() && text.charAt(k) != '\n' && isSpace(text.charAt(k))) {
            k++;
        }
        return k;
    }

    /** White space including the no-break space that some papers put between sentences. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f';
    }

    private static String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }
}
