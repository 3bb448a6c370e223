package org.claimgraph.extract;

import static org.claimgraph.extract.Tokens.*;

import java.util.List;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;

/**
 * A clause ending in a colon that introduces a quotation: {@code The mayor shot back: “…”},
 * {@code The board issued the following statement: “…”}. The verb need not be a reporting
 * verb: a colon before a quotation presents the quotation as what the clause's subject said or
 * wrote ("went even further:", "returned to his familiar lines:"). The cue runs from the verb
 * group to the colon, the source is the clause's subject, the content the quotation.
 */
final class ColonQuotation {
    private ColonQuotation() {
    }

    /** The report, or null when the sentence has no such colon or another report covers the quotation. */
    static Candidate find(String text, Sentence s, List<Span> quotes, boolean[] quoted, List<Candidate> found) {
        int colon = -1;
        for (int k = s.size() - 1; k >= 2; k--) {
            if (!quoted[k] && s.token(k).text().equals(":")) {
                colon = k;
                break;
            }
        }
        if (colon < 0) {
            return null;
        }
        Span quote = QuotePatterns.quoteStartingAfter(text, quotes, s.token(colon).end(), false);
        if (quote == null || !text.substring(s.token(colon).end(), quote.begin()).isBlank()) {
            return null;
        }
        for (Candidate c : found) {
            for (Span piece : c.content()) {
                if (piece.begin() < quote.end() && quote.begin() < piece.end()) {
                    return null;
                }
            }
        }
        // The last clause before the colon with a subject of its own: "When the ban passed, the
        // mayor issued a statement:" is the mayor's; a relative clause ("…, who ran the file:")
        // describes a noun and does not speak.
        for (int verb = colon - 1; verb >= 1; verb--) {
            Token t = s.token(verb);
            if (quoted[verb] || !isFinite(t) || !(t.is("VERB") || t.is("AUX"))) {
                continue;
            }
            int group = verb;
            while (group > 0 && !quoted[group - 1] && (s.token(group - 1).is("ADV") || s.token(group - 1).is("PART")
                    || s.token(group - 1).is("AUX") || isFinite(s.token(group - 1)))) {
                group--; // "has adopted", "then leaned": the group opens at its auxiliary or adverb
            }
            int[] np = NounPhrases.leftNP(s, group, quoted);
            if (np == null || RELATIVE.contains(s.token(np[0]).ptb()) || lower(s.token(np[0])).equals("that")) {
                continue;
            }
            Span source = tokens(s, np[0], np[1]);
            Span cue = tokens(s, group, colon + 1);
            return new Candidate(List.of(source), source, List.of(cue), List.of(quote), s.token(verb).lemma(), true, 0.6);
        }
        return null;
    }

    private static final java.util.Set<String> RELATIVE = java.util.Set.of("WDT", "WP");
}
