package org.claimgraph.extract;

import static org.claimgraph.extract.NounPhrases.*;
import static org.claimgraph.extract.Tokens.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;

/**
 * {@code according to X}: the source after the cue, the content the rest of the sentence; when the
 * cue interrupts a clause ("X, according to Y, was Z") the content is both parts.
 */
final class AccordingTo {
    private AccordingTo() {
    }

    static Candidate find(String text, Sentence s, int i) {
        Span cue = tokens(s, i, i + 2);
        int[] np = rightNP(s, i + 2, new boolean[s.size()]);
        if (np == null) {
            np = taggedAmiss(s, i + 2);
        }
        if (np == null) {
            return null;
        }
        int headEnd = np[1];
        for (int k = np[0] + 1; k < np[1]; k++) {
            if (s.token(k).ptb().equals("VBN")) {
                headEnd = k; // "a poll released Monday": the poll, not Monday, names the speaker
                break;
            }
        }
        Span sourceHead = tokens(s, np[0], headEnd);
        int sourceEnd = np[1];
        // "according to the city's mayor, Jane Roe": the name after the comma is the speaker.
        if (np[1] + 1 < s.size() && s.token(np[1]).text().equals(",") && s.token(np[1] + 1).is("PROPN")) {
            int k = np[1] + 1;
            while (k < s.size() && s.token(k).is("PROPN")) {
                k++;
            }
            if (k == s.size() || isPunct(s.token(k))) {
                sourceHead = tokens(s, np[1] + 1, k);
                sourceEnd = k;
            }
        }
        Span source = tokens(s, np[0], sourceEnd);
        Span content;
        List<Span> pieces = null;
        boolean clauseStart = i == 0 || (i == 1 && isPunct(s.token(0)))
                || s.token(i - 1).text().equals(":") || s.token(i - 1).text().equals(";");
        int rest = sourceEnd;
        while (rest < s.size() && isPunct(s.token(rest))) {
            rest++;
        }
        if (clauseStart) {
            // "According to X, …" and "…: According to X, …": the clause after the source
            content = rest < s.size() ? trim(text, new Span(s.token(rest).begin(), s.end())) : null;
        } else {
            content = trim(text, new Span(s.begin(), s.token(i).begin()));
            // "X, according to Y, was Z": the clause goes on after the source; both parts are the content
            if (content != null && s.token(i - 1).text().equals(",") && sourceEnd < s.size()
                    && s.token(sourceEnd).text().equals(",") && words(s, rest) >= 2 && clauseGoesOn(s, i, rest)) {
                Span after = trim(text, new Span(s.token(rest).begin(), s.end()));
                if (after != null) {
                    pieces = List.of(content, after);
                }
            }
        }
        if (content == null) {
            return null;
        }
        return new Candidate(List.of(source), sourceHead, List.of(cue), pieces == null ? List.of(content) : pieces,
                "accord to", false, 0.8);
    }

    /**
     * "Sales fell 4 percent, according to the Harbour Board, a trade group." / "…, according to Ann
     * Vik, who runs the yard.": when the words before the cue already make a whole clause (a finite
     * verb, not ending in "that"), what follows the source is an appositive or relative on the
     * source, not the rest of the report — unless it opens with a verb ("X, according to Y, was Z"),
     * a conjunction ("…, according to Y, and prices rose") or a quotation.
     */
    private static boolean clauseGoesOn(Sentence s, int cue, int rest) {
        Token first = s.token(rest);
        String lower = first.text().toLowerCase(Locale.ROOT);
        if (lower.equals("which") || lower.equals("who") || lower.equals("whose")) {
            return false;
        }
        boolean finiteBefore = false;
        for (int k = 0; k < cue; k++) {
            finiteBefore |= isFinite(s.token(k));
        }
        int open = isPunct(s.token(0)) && s.size() > 1 ? 1 : 0;
        Token lastBefore = s.token(Math.max(0, cue - 2));
        boolean quoteAfter = isPunct(s.token(rest - 1)) && QUOTE_MARKS.contains(s.token(rest - 1).text());
        // "While A, according to Y, B" / "Prices rose, according to Y, and …" / "Z receives, according to Y, …"
        return !finiteBefore || s.token(open).is("SCONJ") || lastBefore.text().equalsIgnoreCase("that")
                || lastBefore.is("VERB") || lastBefore.is("AUX") || quoteAfter
                || first.is("CCONJ") || first.is("SCONJ") || mainVerb(s, rest);
    }

    /** A finite verb after {@code from} that no relative pronoun before it claims: a clause of its own. */
    private static boolean mainVerb(Sentence s, int from) {
        for (int k = from; k < s.size(); k++) {
            Token t = s.token(k);
            String ptb = t.ptb();
            if (ptb.equals("WDT") || ptb.equals("WP") || ptb.equals("WP$") || t.text().equalsIgnoreCase("that")) {
                return false;
            }
            if (isFinite(t)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> QUOTE_MARKS = Set.of("“", "\"", "''", "``", "‘", "'");

    /**
     * "according to exit/VERB polls.": a short phrase up to the next punctuation that ends in a noun,
     * when a modifier the taggers took for a verb or pronoun keeps the noun-phrase rules from
     * seeing it. After "according to" nothing but the source can follow.
     */
    private static int[] taggedAmiss(Sentence s, int start) {
        int k = start;
        while (k < s.size() && k - start < 5 && !isPunct(s.token(k)) && Character.isLetter(s.token(k).text().charAt(0))) {
            k++;
        }
        if (k == start || k - start == 5 && k < s.size() && !isPunct(s.token(k))) {
            return null;
        }
        Token last = s.token(k - 1);
        return last.is("NOUN") || last.is("PROPN") || last.ptb().startsWith("NN") ? new int[] {start, k} : null;
    }
}
