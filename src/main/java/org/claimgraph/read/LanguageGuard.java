package org.claimgraph.read;

import java.util.Optional;

/**
 * Decides whether an article's text is English, the only language the NLP models handle.
 * Implementations must be safe to call from several threads.
 */
@FunctionalInterface
public interface LanguageGuard {

    /**
     * @return the detected language code (ISO 639-3, e.g. "deu") when the text is confidently
     *         not English; empty when it is English or too short/unclear to tell
     */
    Optional<String> detectNonEnglish(String text);

    /** A guard that accepts every text; for tests and inputs known to be English. */
    static LanguageGuard acceptAll() {
        return text -> Optional.empty();
    }
}
