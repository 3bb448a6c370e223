package org.claimgraph.query;

import java.util.Objects;

/**
 * A parameter of a saved query: a SPARQL variable (without '?') that the runner binds by RDF-term
 * substitution. An unbound optional parameter leaves the query unrestricted.
 */
public record QueryParam(String name, ParamType type, boolean required, String description) {
    public QueryParam {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        description = description == null ? "" : description;
    }

    /** Short form for listings, e.g. {@code speakerName (string, optional)}. */
    public String summary() {
        return name + " (" + type.label() + ", " + (required ? "required" : "optional") + ")";
    }
}
