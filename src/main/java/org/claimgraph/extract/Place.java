package org.claimgraph.extract;

import java.util.Objects;

/**
 * A place a statement is about.
 *
 * @param name      canonical name ("Kyiv")
 * @param kind      "country", "city" or "region"
 * @param country   the country it lies in (its own name for a country), may be null
 * @param wikidata  Wikidata item id when known, may be null
 * @param latitude  may be null
 * @param longitude may be null
 */
public record Place(String name, String kind, String country, String wikidata, Double latitude, Double longitude) {
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
