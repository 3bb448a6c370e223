package org.claimgraph.validate;

/**
 * One SHACL validation result, already rendered as text.
 *
 * @param focusNode the node that failed, as {@code <iri>} or {@code _:label}
 * @param path      the property path checked, with prefixes (e.g. {@code cg:cueText}); empty when
 *                  the constraint is about the node itself
 * @param message   the shape's sh:message (or Jena's default text when a shape has none)
 * @param value     the offending value, empty when the problem is a missing value
 */
public record Violation(String focusNode, String path, String message, String value) {

    /** "focus node — path — message", plus the offending value when there is one. */
    public String line() {
        StringBuilder sb = new StringBuilder(focusNode).append(" — ")
                .append(path.isEmpty() ? "(node)" : path).append(" — ").append(message);
        if (!value.isEmpty()) {
            sb.append(" [value: ").append(value).append(']');
        }
        return sb.toString();
    }
}
