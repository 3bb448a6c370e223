package org.claimgraph.extract;

import java.util.Objects;

/**
 * An actor an attribution is resolved to.
 *
 * @param name      canonical name (fullest form in the article, e.g. "Antony Blinken"; for an
 *                  unnamed group its description, e.g. "two senior US officials")
 * @param type      the kind of actor
 * @param role      title or role as the article gives it ("Secretary of State"), may be null
 * @param country   country name the actor is affiliated with, may be null
 * @param wikidata  Wikidata item id ("Q7747") when known, may be null
 */
public record Actor(String name, ActorType type, String role, String country, String wikidata) {
    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
