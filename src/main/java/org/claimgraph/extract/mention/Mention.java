package org.claimgraph.extract.mention;

import java.util.Objects;
import org.claimgraph.annotate.Span;
import org.claimgraph.extract.Actor;
import org.claimgraph.extract.Place;

/**
 * One mention of a person, organisation, country, place or unnamed group in an article.
 *
 * @param span        character range in the article text
 * @param text        the mention as written ("Moscow", "the State Secretary", "he")
 * @param actor       the actor it refers to; null when it names a place (a city or region)
 * @param place       the city or region it names; null when it refers to an actor (a country
 *                    is always an actor, being both)
 * @param form        how it refers: by name, by title only, by pronoun, or by a description of
 *                    an unnamed group
 * @param role        the title or role this mention itself gives ("Deputy Defence Minister"), may be null
 * @param affiliation the country this mention itself ties the entity to, from a nationality
 *                    word, a country, a possessive or "for X" ("Russian …", "Moscow's …"), may be null
 * @param metonym     a capital or seat of power standing for its government ("Moscow said",
 *                    "the Kremlin announced"): the actor is the government/country it stands for
 */
public record Mention(Span span, String text, Actor actor, Place place, Form form, String role,
                      String affiliation, boolean metonym) {
    /** How a mention refers to its entity; a within-article chain runs NAME → TITLE → PRONOUN. */
    public enum Form { NAME, TITLE, PRONOUN, DESCRIPTION }

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(form, "form");
        if ((actor == null) == (place == null)) {
            throw new IllegalArgumentException("a mention refers to exactly one actor or place: " + text);
        }
    }

    Mention withActor(Actor a, Form f, String r, String aff) {
        return new Mention(span, text, a, null, f, r, aff, metonym);
    }

    Mention withAffiliation(String aff) {
        return new Mention(span, text, actor, place, form, role, aff, metonym);
    }
}
