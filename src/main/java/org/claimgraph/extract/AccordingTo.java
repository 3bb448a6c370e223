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
                    && s.token(sourceEnd).text().equals(",") && words(s, rest) >= 2) {
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
