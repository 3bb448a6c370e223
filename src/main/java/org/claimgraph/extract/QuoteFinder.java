package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.annotate.Span;

/**
 * Finds quotations in a text: straight double quotes paired in order, curly quotes by their
 * direction, and two apostrophes ({@code ''}, the house style of some papers) as a straight double
 * quote; an opening curly mark glued to the text before it closes a quotation. A quotation continued over paragraphs ("…¶"…") is one span, as news style leaves
 * the closing mark off a paragraph when the next one goes on quoting.
 */
public final class QuoteFinder {
    private static final int MAX_QUOTE = 4000;

    /** Quote spans including their quotation marks, in text order. */
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int markEnd = i + 1;
            if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                c = '"';
                markEnd = i + 2;
            }
            boolean opening = c == '“' || (c == '"' && open < 0);
            boolean closing = c == '”' || (c == '"' && open >= 0) || open >= 0 && c == '“' && typedAsClosing(text, i);
            if (open >= 0 && c == '\n' && paragraphBreak(text, i)) {
                int next = continuation(text, i);
                if (next < 0) {
                    open = -1; // unbalanced mark: do not let it swallow the next paragraph
                } else {
                    i = text.startsWith("''", next) ? next + 1 : next; // the next paragraph's mark continues the quote
                }
                continue;
            }
            if (open >= 0 && (c == '"' || c == '“') && startsLine(text, open, i)) {
                // A quote left open at the end of a line that the next line opens again: news
                // style for a quote going on with a new speech tag; the open part ends with its line.
                out.add(new Span(open, lineEnd(text, i)));
                open = i;
                i = markEnd - 1;
                continue;
            }
            if (open >= 0 && (closing || i - open > MAX_QUOTE)) {
                if (closing) {
                    out.add(new Span(open, markEnd));
                }
                open = -1;
            } else if (opening && open < 0) {
                open = i;
            } else if (open >= 0 && c == '“') {
                open = i; // a new opening mark restarts an unclosed quote
            }
            i = markEnd - 1;
        }
        return out;
    }

    /**
     * An opening curly mark used to close ("Apparently not,“ he said"): it is glued to the word or
     * punctuation before it and followed by a space, punctuation or the end of the text.
     */
    private static boolean typedAsClosing(String text, int i) {
        if (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{—–-".indexOf(text.charAt(i - 1)) >= 0) {
            return false;
        }
        return i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)) || ",.;:?!)".indexOf(text.charAt(i + 1)) >= 0;
    }

    /** Whether the mark at {@code i} opens a later line than the quote opened at {@code open}. */
    private static boolean startsLine(String text, int open, int i) {
        int k = i - 1;
        while (k > open && text.charAt(k) != '\n' && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k > open && text.charAt(k) == '\n';
    }

    /** The end of the text on the line before the one starting at or before {@code i}. */
    private static int lineEnd(String text, int i) {
        int k = text.lastIndexOf('\n', i);
        while (k > 0 && (Character.isWhitespace(text.charAt(k - 1)) || text.charAt(k - 1) == '\u00a0')) {
            k--;
        }
        return k;
    }

    private static boolean paragraphBreak(String text, int nl) {
        return nl + 1 < text.length() && text.charAt(nl + 1) == '\n';
    }

    /** Index of the opening mark that starts the next paragraph, or -1. */
    private static int continuation(String text, int nl) {
        int j = nl;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        boolean mark = j < text.length() && (text.charAt(j) == '"' || text.charAt(j) == '“'
                || text.startsWith("''", j));
        return mark ? j : -1;
    }
}
