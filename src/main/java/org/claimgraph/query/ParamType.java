package org.claimgraph.query;

import java.util.Locale;

/** Declared type of a saved-query parameter; decides how a command-line value becomes an RDF term. */
public enum ParamType {
    STRING, IRI, INTEGER, DATE, DECIMAL;

    /** The spelling used in query headers, e.g. {@code (string)}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a header spelling; null when it names no type. */
    static ParamType fromLabel(String label) {
        for (ParamType t : values()) {
            if (t.label().equals(label)) {
                return t;
            }
        }
        return null;
    }
}
