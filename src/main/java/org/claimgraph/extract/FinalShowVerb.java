package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Token;

/**
 * "…, new fundraising reports show.", "…, a county audit shows, …": a document or data source
 * with "show" at the end of the sentence or of a parenthetical. The chunker often reads the verb
 * as the last noun of the source's phrase ("reports show" as one noun chunk) and a noun modifier
 * in "-ing" as a verb ("fundraising documents"), so the source search finds no subject and the
 * report is lost. This pass re-tags that verb, and such a modifier, within the sentence the finder
 * sees; the annotation itself is untouched.
 */
final class FinalShowVerb {
    private FinalShowVerb() {
    }

    private static final Set<String> FORMS = Set.of("show", "shows", "showed");
    /** How far back the comma before the source may lie. */
    private static final int MAX_SOURCE = 12;

    private static boolean finiteBefore(Sentence s, int end) {
        for (int k = 0; k < end; k++) {
            if (Tokens.isFinite(s.token(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuote(String w) {
        return w.equals("\"") || w.equals("“") || w.equals("``") || w.equals("''") || w.equals("'");
    }

    static Sentence retag(Sentence s) {
        List<Token> tokens = null;
        for (int i = 2; i + 1 < s.size(); i++) {
            Token t = s.token(i);
            String next = s.token(i + 1).text();
            if (!FORMS.contains(t.text()) || !(next.equals(".") || next.equals(","))
                    || !s.token(i - 1).ptb().startsWith("NN")) {
                continue;
            }
            int comma = -1;
            for (int k = i - 2; k >= 0 && i - k <= MAX_SOURCE; k--) {
                String w = s.token(k).text();
                if (w.equals(",")) {
                    comma = k;
                    break;
                }
                if (w.equals(".") || w.equals(";") || s.token(k).ptb().startsWith("VB") && !s.token(k).ptb().equals("VBG")
                        && !s.token(k).ptb().equals("VBN")) {
                    break; // another clause's verb: the noun before the cue may be its object
                }
            }
            if (comma < 0 || !finiteBefore(s, comma)) {
                continue; // "On the evening programs and morning shows, …": no clause before it to report
            }
            if (!t.is("VERB") || i + 2 < s.size() && isQuote(s.token(i + 2).text())) {
                continue; // "the channel's cooking show, “The Big Knead”": the noun, with its title
            }
            if (tokens == null) {
                tokens = new ArrayList<>(s.tokens());
            }
            if (!t.ptb().startsWith("VB") || !t.inChunk("VP")) {
                String ptb = t.text().equals("shows") ? "VBZ" : t.text().equals("showed") ? "VBD" : "VBP";
                tokens.set(i, new Token(t.begin(), t.end(), t.text(), "VERB", "show", ptb, "B-VP"));
            }
            for (int k = comma + 1; k + 1 < i; k++) {
                Token m = tokens.get(k);
                Token after = tokens.get(k + 1);
                if (m.ptb().equals("VBG") && m.is("NOUN") && after.ptb().startsWith("NN")) {
                    // "fundraising documents": the universal tagger's noun is right, the chunker's verb is not
                    boolean opens = k == comma + 1 || !tokens.get(k - 1).inChunk("NP");
                    tokens.set(k, new Token(m.begin(), m.end(), m.text(), m.tag(), m.lemma(), "NN", opens ? "B-NP" : "I-NP"));
                    if (after.chunk().startsWith("B-")) {
                        tokens.set(k + 1, new Token(after.begin(), after.end(), after.text(), after.tag(), after.lemma(),
                                after.ptb(), "I-NP"));
                    }
                }
            }
        }
        return tokens == null ? s : new Sentence(s.begin(), s.end(), tokens);
    }
}
