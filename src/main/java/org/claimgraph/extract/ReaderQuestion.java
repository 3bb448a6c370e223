package org.claimgraph.extract;

import java.util.Locale;
import java.util.Set;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;

/**
 * A yes/no question put to the reader ("Do you support the new ferry?", "Would you believe
 * that …?"): the "you" holds no stance yet, so it is no attribution. None of the ten such
 * candidates on PolNeAR-train is gold.
 */
final class ReaderQuestion {
    private ReaderQuestion() {
    }

    /** Auxiliaries that open a yes/no question. */
    private static final Set<String> OPENERS = Set.of("do", "does", "did", "would", "will", "can", "could",
            "should", "are", "were", "have");

    static boolean isOne(String text, Sentence s, Candidate c) {
        if (c.source().size() != 1 || !c.source().get(0).of(text).equalsIgnoreCase("you")) {
            return false;
        }
        int src = s.tokenAtOrAfter(c.source().get(0).begin());
        if (src <= 0 || src >= s.size() || !OPENERS.contains(s.token(src - 1).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        Span last = s.token(s.size() - 1).span();
        return last.of(text).equals("?");
    }
}
