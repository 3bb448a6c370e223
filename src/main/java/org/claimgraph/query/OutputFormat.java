package org.claimgraph.query;

/** How {@link QueryRunner} writes SELECT results (CONSTRUCT/DESCRIBE always write Turtle, ASK true/false). */
public enum OutputFormat {
    TABLE, CSV, TSV, JSON
}
