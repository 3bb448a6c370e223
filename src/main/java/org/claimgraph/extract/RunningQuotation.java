package org.claimgraph.extract;

import java.util.Set;

/**
 * A paragraph that opens a quotation not yet closed before the cue ("“We went to a diner. We
 * thought we could sneak in …" continued from a speech transcript): the thoughts and acts reported
 * inside are the quoted speaker's own narrative, which PolNeAR leaves unannotated (24 of 31
 * indirect non-speech candidates on its training part are not gold). Speech verbs stay: there
 * the mark is often a stray or mismatched one.
 */
final class RunningQuotation {
    private RunningQuotation() {
    }

    private static final Set<String> SPEECH = Set.of("say", "tell");

    static boolean inside(String text, Candidate c) {
        if (c.direct() || SPEECH.contains(c.cueLemma())) {
            return false;
        }
        int cue = c.cueSpan().begin();
        int start = text.lastIndexOf('\n', cue - 1) + 1;
        while (start < cue && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start >= cue) {
            return false;
        }
        String before = text.substring(start, cue);
        char open = before.charAt(0);
        if (open == '\u201c') {
            return before.indexOf('\u201d') < 0;
        }
        if (before.startsWith("''")) {
            return before.indexOf("''", 2) < 0;
        }
        if (open == '"') {
            return before.indexOf('"', 1) < 0;
        }
        return false;
    }
}
