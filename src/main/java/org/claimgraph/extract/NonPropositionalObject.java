package org.claimgraph.extract;

import java.util.Set;

/**
 * A cue verb whose object is an indefinite thing, not a proposition ("found a way to …", "found a
 * new home in …", "found a receptive audience"): the verb tells what happened to the subject,
 * not what it holds true. On PolNeAR-train 6 of 7 "find a/an" candidates are not gold (a poll
 * that "finds an electorate that …" is the exception).
 */
final class NonPropositionalObject {
    private NonPropositionalObject() {
    }

    private static final Set<String> LEMMAS = Set.of("find");
    private static final Set<String> ARTICLES = Set.of("a", "an");

    static boolean isOne(String text, Candidate c) {
        if (!LEMMAS.contains(c.cueLemma())) {
            return false;
        }
        int i = c.cue().get(c.cue().size() - 1).end();
        if (i >= text.length() || !Character.isWhitespace(text.charAt(i))) {
            return false;
        }
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int b = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        // Lower case only: a capital "A" after the cue opens a quoted or headline sentence.
        return ARTICLES.contains(text.substring(b, i)) && i < text.length() && Character.isWhitespace(text.charAt(i));
    }

    /**
     * A sourceless "seem" whose content opens with "that": either the impersonal "it seems that …"
     * (no holder at all) or a relative "that" taken for the subject ("a rule that seems unfair").
     * None of the 11 such candidates on PolNeAR-train is gold.
     */
    static boolean thatSeems(String text, Candidate c) {
        if (!c.source().isEmpty() || !"seem".equals(c.cueLemma()) || c.content().isEmpty()) {
            return false;
        }
        String first = c.content().get(0).of(text).strip();
        return first.regionMatches(true, 0, "that", 0, 4)
                && (first.length() == 4 || !Character.isLetter(first.charAt(4)));
    }

    /** Prepositions that open a time or origin phrase, never a proposition. */
    private static final Set<String> PREPOSITIONS = Set.of("from", "since");
    private static final Set<String> SPEECH = Set.of("say", "tell");

    /**
     * Content opening with "from" or "since" ("a rate not seen since the 1930s", "reading from a
     * prepared text"): the phrase after the cue is a time or an origin, not what is said or held.
     * 10 of 13 such non-speech candidates on PolNeAR-train match no gold role.
     */
    static boolean prepositionalContent(String text, Candidate c) {
        // Speech verbs stay: "said since the storm the quay was shut" fronts a time inside the content.
        if (c.content().isEmpty() || SPEECH.contains(c.cueLemma())) {
            return false;
        }
        String first = c.content().get(0).of(text).strip();
        int i = 0;
        while (i < first.length() && Character.isLetter(first.charAt(i))) {
            i++;
        }
        return PREPOSITIONS.contains(first.substring(0, i));
    }

    /** A gerund after "by" ("by saying"), compiled once: the filter runs on every candidate. */
    private static final java.util.regex.Pattern GERUND = java.util.regex.Pattern.compile("\\p{L}+ing");

    /**
     * Content opening with an agent phrase "by X" ("the fares proposed by the council", "the
     * harbour backed by the town"): the cue is a participle modifying a noun and "by" names who
     * did it, not what is said. "responded by saying ..." (a gerund after "by") stays. 21 of 34
     * such candidates on PolNeAR-train match no gold role, none matches a gold content.
     */
    static boolean agentPhrase(String text, Candidate c) {
        if (c.content().isEmpty()) {
            return false;
        }
        String[] words = c.content().get(0).of(text).strip().split("\\s+", 3);
        return words.length >= 2 && words[0].equalsIgnoreCase("by")
                && !GERUND.matcher(words[1].toLowerCase(java.util.Locale.ROOT)).matches();
    }
}

