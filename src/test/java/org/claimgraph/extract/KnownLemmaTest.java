package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lexicon.knownLemma: a rule's own verb list repairs the lemmatiser's misses the way the cue lexicon does. */
class KnownLemmaTest {
    private static final Set<String> VERBS = Set.of("heap", "snap", "deny", "take");

    @Test
    void aKnownLemmaIsKept() {
        assertEquals("take", Lexicon.knownLemma("take", "took", VERBS::contains));
    }

    @Test
    void regularFormsOfTheWordAreTriedWhenTheLemmaIsUnknown() {
        assertEquals("heap", Lexicon.knownLemma("heape", "heaped", VERBS::contains));
        assertEquals("snap", Lexicon.knownLemma("snapp", "snapped", VERBS::contains), "a doubled stem consonant");
        assertEquals("deny", Lexicon.knownLemma("denie", "denied", VERBS::contains));
    }

    @Test
    void anUnknownWordKeepsTheLemmatisersLemma() {
        assertEquals("walk", Lexicon.knownLemma("walk", "walked", VERBS::contains));
    }
}
