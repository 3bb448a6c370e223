package org.claimgraph.read;

import java.util.List;

/**
 * An article parsed from its input, with the warnings about it; the warnings are only reported
 * once the article passes the batch-level checks (language, duplicate id), so a skipped article
 * yields exactly one problem.
 */
record Candidate(Article article, List<ReadProblem> warnings) {
    Candidate {
        warnings = List.copyOf(warnings);
    }
}
