package org.claimgraph.validate;

import java.util.List;

/**
 * The outcome of validating a graph against the claimgraph shapes.
 *
 * @param conforms    true when there is no validation result at all
 * @param tripleCount number of triples in the validated graph
 * @param violations  the results, sorted by focus node, path and message so output is stable
 */
public record ValidationResult(boolean conforms, long tripleCount, List<Violation> violations) {
    public ValidationResult {
        violations = List.copyOf(violations);
    }

    public int violationCount() {
        return violations.size();
    }

    /** One readable line per violation: "focus node — path — message [value: …]". */
    public List<String> lines() {
        return violations.stream().map(Violation::line).toList();
    }
}
