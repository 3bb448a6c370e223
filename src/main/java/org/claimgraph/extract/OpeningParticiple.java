package org.claimgraph.extract;

import static org.claimgraph.extract.Tokens.isFinite;
import static org.claimgraph.extract.Tokens.tokens;
import static org.claimgraph.extract.Tokens.trim;
import static org.claimgraph.extract.Tokens.words;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;

/**
 * A reporting participle in an opening adverbial clause, whose source is the subject of the main
 * clause after the comma: "After criticizing the toll plan, the mayor left the hall", "Since
 * announcing that she would run, Ortiz has …", "Declaring that the port is safe, the mayor …". The content runs from the participle (or its
 * "that") to the comma. Only a sentence-opening preposition or subordinator counts: elsewhere an
 * "-ing" form after a preposition shares the subject before it, which {@link VerbalPattern} finds.
 */
final class OpeningParticiple {
    /** Words that open an adverbial clause with a participle and leave its subject to the main clause. */
    private static final Set<String> OPENERS = Set.of("after", "since", "while", "in", "by", "before", "despite",
            "upon", "when", "besides");

    private final Lexicon lexicon;
    private final NounPhrases nps;

    OpeningParticiple(Lexicon lexicon, NounPhrases nps) {
        this.lexicon = lexicon;
        this.nps = nps;
    }

    /** Whether token {@code i} is a reporting "-ing" form right after a sentence-opening opener. */
    boolean isCue(Sentence s, int i) {
        if (i > 1 || s.size() < 6) {
            return false;
        }
        Token t = s.token(i);
        if (i == 1 && s.token(0).text().equals("Having") && t.ptb().equals("VBN") && t.is("VERB")) {
            // "Having announced that …, X …": the perfect participle, cue with its "Having"
            return lexicon.verbCue(lexicon.cueLemma(t.lemma(), t.text())) != null;
        }
        // "After announcing …, X …" and the bare "Noting that …, X …"
        return (i == 0 || OPENERS.contains(s.token(0).text().toLowerCase(Locale.ROOT)))
                && (t.is("VERB") || VerbalPattern.mistaggedVerb(t))
                && t.text().toLowerCase(Locale.ROOT).endsWith("ing")
                && lexicon.verbCue(lexicon.cueLemma(t.lemma(), t.text())) != null;
    }

    Candidate find(String text, Sentence s, int i, boolean[] quoted) {
        Token verb = s.token(i);
        String lemma = lexicon.cueLemma(verb.lemma(), verb.text());
        int cueEnd = i + 1;
        if (cueEnd < s.size() && lexicon.phrasalCue(lemma, s.token(cueEnd).lemma())) {
            lemma = lemma + " " + s.token(cueEnd).lemma();
            cueEnd++; // "After talking about X, …"
        }
        int comma = -1;
        for (int k = cueEnd; k < s.size(); k++) {
            if (quoted[k]) {
                return null; // a quotation inside the clause: left to the quotation rules
            }
            if (s.token(k).text().equals(",")) {
                comma = k;
                break;
            }
        }
        if (comma < 0 || comma + 2 >= s.size()) {
            return null;
        }
        int[] subject = NounPhrases.rightNP(s, comma + 1, quoted);
        if (subject == null || subject[0] != comma + 1) {
            return null;
        }
        int end = nps.appositiveEnd(s, subject[1], quoted);
        int after = end;
        if (after < s.size() && s.token(after).text().equals(",")) {
            after++;
        }
        // The NP must be the main clause's subject: a finite verb follows it (past an adverb).
        while (after < s.size() && s.token(after).is("ADV")) {
            after++;
        }
        if (after >= s.size() || !(s.token(after).is("VERB") || s.token(after).is("AUX")) || !isFinite(s.token(after))) {
            return null;
        }
        int start = VerbGroups.findThat(s, cueEnd, quoted);
        if (start < 0 || start >= comma) {
            start = cueEnd;
        }
        if (start >= comma || words(s, start) < 2) {
            return null;
        }
        Span content = trim(text, tokens(s, start, comma));
        if (content == null) {
            return null;
        }
        return new Candidate(List.of(tokens(s, subject[0], end)), tokens(s, subject[0], subject[1]),
                List.of(tokens(s, having(s, i) ? 0 : i, cueEnd)), List.of(content), lemma, false, 0.6);
    }

    private static boolean having(Sentence s, int i) {
        return i == 1 && s.token(0).text().equals("Having");
    }
}
