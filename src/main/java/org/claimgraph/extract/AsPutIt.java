package org.claimgraph.extract;

import static org.claimgraph.extract.Tokens.*;

import java.util.List;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;

/**
 * A parenthetical "as X put it, …": X is the source, "put it" the cue and the words that follow
 * (a quotation, or else the phrase up to the next comma) the content. PolNeAR marks 6 of the 8
 * "as … put it" followed by a comma or colon on its train set this way; without that punctuation
 * ("as she put it on Wednesday") it mostly does not, so the rule asks for it.
 */
final class AsPutIt {
    /** How far back "as" may stand from "put": long appositive sources ("as X, a former Y, put it"). */
    private static final int MAX_SOURCE = 25;

    private AsPutIt() {
    }

    static boolean isCue(Sentence s, int i) {
        return s.token(i).text().equalsIgnoreCase("put") && i + 2 < s.size()
                && s.token(i + 1).text().equalsIgnoreCase("it")
                && (s.token(i + 2).text().equals(",") || s.token(i + 2).text().equals(":"));
    }

    static Candidate find(String text, Sentence s, int i, List<Span> quotes) {
        int as = -1;
        for (int k = i - 2; k >= 0 && k >= i - MAX_SOURCE; k--) {
            Token t = s.token(k);
            if (t.text().equalsIgnoreCase("as")) {
                as = k;
                break;
            }
            if (t.text().equals(";") || t.is("VERB") && !t.ptb().equals("VBN") && !t.ptb().equals("VBG")) {
                return null; // a finite verb between: "as" belongs to another clause
            }
        }
        if (as < 0 || (as > 0 && !isPunct(s.token(as - 1)) && !s.token(as - 1).is("CCONJ")
                && !s.token(as - 1).text().equalsIgnoreCase("to"))) {
            // "As X put it" opens the sentence or a parenthesis (", as X put it, …", "owed to, as X put it")
            return null;
        }
        Span source = trim(text, tokens(s, as + 1, i));
        if (source == null) {
            return null;
        }
        Span quote = QuotePatterns.quoteStartingAfter(text, quotes, s.token(i + 2).end(), false);
        Span content;
        if (quote != null) {
            content = quote;
        } else {
            int end = i + 3;
            while (end < s.size() && !s.token(end).text().equals(",") && !s.token(end).text().equals(".")
                    && !s.token(end).text().equals(";")) {
                end++; // quotation marks inside the phrase ("an ''extreme makeover'' that …") are kept
            }
            content = end > i + 3 ? trim(text, tokens(s, i + 3, end)) : null;
        }
        return content == null ? null
                : new Candidate(List.of(source), source, List.of(tokens(s, i, i + 2)), List.of(content), "put", quote != null, 0.5);
    }
}
