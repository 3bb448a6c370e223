package org.claimgraph.query;

/** A parameter value the user supplied is missing, unknown or of the wrong type: a usage error. */
public final class QueryParamException extends IllegalArgumentException {
    public QueryParamException(String message) {
        super(message);
    }
}
