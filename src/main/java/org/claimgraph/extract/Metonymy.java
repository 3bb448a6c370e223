package org.claimgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.annotate.Token;

/**
 * When a capital stands for its government: shared by the place finder (which then records the
 * country a statement is about) and the mention layer (which types the mention as the country
 * actor and flags it as a metonym), so both read "Moscow said" and "near Kyiv" the same way.
 */
public final class Metonymy {
    private Metonymy() {}

    /** Prepositions before a capital that make it a party rather than a location ("pressure on Moscow"). */
    static final Set<String> PARTY_PREPOSITIONS = Set.of("on", "against", "with", "for", "by");

    /**
     * Whether the capital at tokens {@code [from, to)} stands for its government: as an actor
     * ("Moscow would", "Moscow's attempt") or a party ("pressure on Moscow"); as a location
     * ("near Kyiv") it is the city.
     */
    public static boolean actsAsGovernment(List<Token> tokens, int from, int to) {
        String written = tokens.get(to - 1).text();
        boolean possessive = written.endsWith("'s") || written.endsWith("’s")
                || to < tokens.size() && (tokens.get(to).text().equals("'s") || tokens.get(to).text().equals("’s"));
        // "Moscow would": a subject; "away from Kyiv was": the end of a locative phrase.
        boolean actor = to < tokens.size() && (tokens.get(to).is("AUX") || tokens.get(to).is("VERB"))
                && (from == 0 || !tokens.get(from - 1).is("ADP"));
        boolean party = from > 0 && PARTY_PREPOSITIONS.contains(tokens.get(from - 1).text().toLowerCase(Locale.ROOT));
        return possessive || actor || party;
    }
}
