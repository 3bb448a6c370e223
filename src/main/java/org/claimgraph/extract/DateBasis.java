package org.claimgraph.extract;

/**
 * How a statement's date was obtained, so that a user can keep only the dates the text states
 * for the statement itself. Written as cg:statementDateBasis (a plain string, like cg:linkMethod).
 */
public enum DateBasis {
    /** A day expression in the statement's own sentence, outside its content ("X said on Tuesday"). */
    EXPLICIT("explicit"),
    /** The nearest day expression earlier in the same paragraph: a news paragraph reports one occasion. */
    PARAGRAPH("paragraph"),
    /** The article's news day: the day its lede (else its narration) reports, as a news reader assumes. */
    NEWS_DAY("news-day");

    private final String label;

    DateBasis(String label) {
        this.label = label;
    }

    /** The value written in RDF. */
    public String label() {
        return label;
    }
}
