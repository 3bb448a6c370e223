package org.claimgraph.extract;

import static org.claimgraph.extract.Tokens.tokens;

import java.util.List;
import java.util.Set;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;

/**
 * A quotation paragraph signed on the next line: {@code "…."} then {@code - Ann Olsen, at the
 * vote.} The dash is the cue and the whole quoted paragraph the content. A dash line after a
 * paragraph that is no quotation is a byline ("- Staff reporter"), not a report.
 */
final class DashSignature {
    private DashSignature() {
    }

    private static final Set<Character> OPENING = Set.of('"', '“', '\'', '‘');
    private static final Set<Character> CLOSING = Set.of('"', '”', '\'', '’');

    static Candidate find(String text, Sentence s) {
        if (s.size() < 2 || !ColonHeadline.DASHES.contains(s.token(0).text()) || !lineStart(text, s.token(0).begin())) {
            return null;
        }
        int end = 1;
        while (end < s.size() && end <= 4 && s.token(end).is("PROPN") && Character.isUpperCase(s.token(end).text().charAt(0))) {
            end++;
        }
        if (end == 1 || end < s.size() && !(s.token(end).text().equals(",") || s.token(end).text().equals("."))) {
            return null;
        }
        Span quote = quotedParagraphBefore(text, s.token(0).begin());
        if (quote == null) {
            return null;
        }
        Span source = tokens(s, 1, end);
        Token dash = s.token(0);
        return new Candidate(List.of(source), source, List.of(dash.span()), List.of(quote), "-", true, 0.6);
    }

    private static boolean lineStart(String text, int at) {
        int k = at - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n';
    }

    /** The paragraph right before {@code at}, when it is one quotation from its first to its last mark. */
    private static Span quotedParagraphBefore(String text, int at) {
        int e = at;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e == 0 || !CLOSING.contains(text.charAt(e - 1))) {
            return null;
        }
        int b = text.lastIndexOf('\n', e - 1) + 1;
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        return b < e - 1 && OPENING.contains(text.charAt(b)) ? new Span(b, e) : null;
    }
}
