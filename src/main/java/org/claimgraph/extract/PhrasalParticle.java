package org.claimgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * A cue verb followed by a particle that turns it into another verb ("wrote off the loan",
 * "added up to", "called off the deal", "backed away from"): the phrasal verb reports no
 * stance, and the particle would otherwise open the content. On PolNeAR-train 11 of 12 such
 * candidates are not gold. "Off the record" stays: there the verb still reports.
 */
final class PhrasalParticle {
    private PhrasalParticle() {
    }

    private static final Set<String> PARTICLES = Set.of("off", "up", "away");

    static boolean follows(String text, Candidate c) {
        int i = c.cue().get(c.cue().size() - 1).end();
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int b = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        String word = text.substring(b, i).toLowerCase(Locale.ROOT);
        if (!PARTICLES.contains(word)) {
            return false;
        }
        return !text.regionMatches(true, i, " the record", 0, " the record".length());
    }
}
