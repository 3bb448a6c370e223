package org.claimgraph.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.annotate.Span;

/**
 * One article's text prepared for scoring: span trimming, word tokens and sentence context.
 *
 * <p>Spans are compared as <em>sets</em> (of characters for exact match, of tokens for overlap)
 * so that a discontinuous span and a differently cut one are compared by what they cover, not by
 * how their pieces are laid out.
 */
final class TextIndex {
    /** A word token (letters/digits/underscore) or a single punctuation/symbol character. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}\\p{M}_]+|[^\\s\\p{L}\\p{N}\\p{M}_]");
    /** End of a sentence: terminal punctuation (with closing quotes/brackets) then space, or a line break. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+[\"'\u201d\u2019)\\]]*\\s+|\\n");
    /** How far the error context may reach beyond a span when no sentence boundary is near. */
    static final int CONTEXT_CHARS = 200;

    private final String text;
    private final int[] tokStart;
    private final int[] tokEnd;
    private final boolean[] tokWord;
    /** Sentence boundaries: end of one sentence (exclusive) and start of the next, in text order. */
    private final int[] sentEnd;
    private final int[] nextStart;

    TextIndex(String text) {
        this.text = text;
        List<int[]> toks = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            toks.add(new int[] {m.start(), m.end()});
        }
        tokStart = new int[toks.size()];
        tokEnd = new int[toks.size()];
        tokWord = new boolean[toks.size()];
        for (int i = 0; i < toks.size(); i++) {
            tokStart[i] = toks.get(i)[0];
            tokEnd[i] = toks.get(i)[1];
            int c = text.codePointAt(tokStart[i]);
            tokWord[i] = Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK;
        }
        List<int[]> bounds = new ArrayList<>();
        Matcher s = SENTENCE_END.matcher(text);
        while (s.find()) {
            int end = s.end();
            int last = end;
            while (last > s.start() && Character.isWhitespace(text.charAt(last - 1))) {
                last--;
            }
            bounds.add(new int[] {last, end});
        }
        sentEnd = new int[bounds.size()];
        nextStart = new int[bounds.size()];
        for (int i = 0; i < bounds.size(); i++) {
            sentEnd[i] = bounds.get(i)[0];
            nextStart[i] = bounds.get(i)[1];
        }
    }

    String text() {
        return text;
    }

    /** Throws when a span does not fit the text: a predicted span out of range is an extractor bug. */
    void check(List<Span> spans, String what) {
        for (Span s : spans) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException(what + " span [" + s.begin() + ", " + s.end()
                        + ") is beyond the end of the text (length " + text.length() + ")");
            }
        }
    }

    /** True when the span list covers at least one character. */
    static boolean present(List<Span> spans) {
        for (Span s : spans) {
            if (!s.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The piece without leading/trailing whitespace and punctuation; unchanged when trimming would
     * leave nothing (a cue that is just ":" must still compare equal to ":").
     */
    Span trim(Span s) {
        int b = s.begin();
        int e = s.end();
        while (b < e && ignorable(text.charAt(b))) {
            b++;
        }
        while (e > b && ignorable(text.charAt(e - 1))) {
            e--;
        }
        return b < e ? new Span(b, e) : s;
    }

    static boolean ignorable(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** Characters covered by the trimmed pieces: the identity used for exact match. */
    BitSet chars(List<Span> spans) {
        BitSet out = new BitSet(text.length());
        for (Span s : spans) {
            if (!s.isEmpty()) {
                Span t = trim(s);
                out.set(t.begin(), t.end());
            }
        }
        return out;
    }

    /**
     * Indices of the word tokens touched by the trimmed pieces (a token counts when any of its
     * characters is inside). Punctuation tokens are ignored so that a trailing period or quote
     * does not change the overlap, except for spans that contain no word at all (":"), which
     * are represented by their punctuation tokens.
     */
    BitSet tokens(List<Span> spans) {
        BitSet words = new BitSet();
        BitSet all = new BitSet();
        for (Span s : spans) {
            if (s.isEmpty()) {
                continue;
            }
            Span t = trim(s);
            for (int i = firstTokenEndingAfter(t.begin()); i < tokStart.length && tokStart[i] < t.end(); i++) {
                all.set(i);
                if (tokWord[i]) {
                    words.set(i);
                }
            }
        }
        return words.isEmpty() ? all : words;
    }

    private int firstTokenEndingAfter(int pos) {
        int lo = 0;
        int hi = tokEnd.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokEnd[mid] <= pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The text of the span pieces, joined by " … " when discontinuous. */
    String textOf(List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            if (sb.length() > 0) {
                sb.append(" \u2026 ");
            }
            sb.append(s.of(text));
        }
        return sb.toString();
    }

    /**
     * The sentence(s) around {@code [begin, end)}: from the previous sentence boundary to the
     * next one, but never more than {@link #CONTEXT_CHARS} characters beyond the range.
     */
    String context(int begin, int end) {
        int from = 0;
        int to = text.length();
        for (int i = 0; i < nextStart.length; i++) {
            if (nextStart[i] <= begin) {
                from = nextStart[i];
            } else if (sentEnd[i] >= end) {
                to = sentEnd[i];
                break;
            }
        }
        from = Math.max(from, begin - CONTEXT_CHARS);
        to = Math.min(to, end + CONTEXT_CHARS);
        return text.substring(Math.max(0, from), Math.min(text.length(), Math.max(to, end))).strip();
    }
}
