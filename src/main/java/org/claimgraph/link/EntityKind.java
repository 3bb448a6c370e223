package org.claimgraph.link;

import java.util.List;
import org.apache.jena.graph.Node;
import org.claimgraph.rdf.CG;

/**
 * The kinds of entity that are merged and linked, each with the Wikidata classes a candidate
 * must be an instance of (directly or through wdt:P279 subclasses) for a link to be allowed:
 * a person never links to a city. {@code contextProperty} relates a candidate to a country, used
 * to choose between same-named candidates (Moscow, Russia vs Moscow, Idaho).
 */
public enum EntityKind {
    PERSON(CG.Person, List.of(Wd.HUMAN), "P27"),
    ORGANIZATION(CG.Organization, List.of(Wd.ORGANIZATION), "P17"),
    COUNTRY(CG.Country, List.of(Wd.COUNTRY, Wd.SOVEREIGN_STATE), null),
    PLACE(CG.Place, List.of(Wd.CITY, Wd.HUMAN_SETTLEMENT, Wd.GEOGRAPHIC_REGION, Wd.ADMINISTRATIVE_ENTITY,
            Wd.PENINSULA, Wd.US_STATE), "P17");

    private final Node cgClass;
    private final List<String> classes;
    private final String contextProperty;

    EntityKind(Node cgClass, List<String> classes, String contextProperty) {
        this.cgClass = cgClass;
        this.classes = classes;
        this.contextProperty = contextProperty;
    }

    /** The claimgraph class of nodes of this kind. */
    public Node cgClass() {
        return cgClass;
    }

    /** Wikidata classes (Q ids) a linked item must belong to. */
    public List<String> classes() {
        return classes;
    }

    /** The wdt: property naming the item's country, or null. */
    public String contextProperty() {
        return contextProperty;
    }

    /** The kind of a node typed with this claimgraph class, or null (unnamed groups, publishers). */
    public static EntityKind ofClass(Node cls) {
        for (EntityKind k : values()) {
            if (k.cgClass.equals(cls)) {
                return k;
            }
        }
        return null;
    }
}
