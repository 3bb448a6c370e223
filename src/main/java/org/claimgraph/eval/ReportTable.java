package org.claimgraph.eval;

import java.util.Locale;

/** Formats an {@link EvalReport} as one aligned plain-text table plus the attribution figures. */
public final class ReportTable {
    private ReportTable() {}

    public static String format(EvalReport r, String title) {
        StringBuilder sb = new StringBuilder();
        AttributionCounts a = r.tally().attributions();
        sb.append(title).append(": ").append(r.articles()).append(" articles, ")
                .append(r.gold()).append(" gold / ").append(r.predicted()).append(" predicted attributions\n");
        String rule = "-".repeat(8) + "+" + "-".repeat(19) + "+" + "-".repeat(19) + "+" + "-".repeat(19) + "\n";
        sb.append(String.format(Locale.ROOT, "%-8s| %-17s | %-17s | %-17s%n", "", "exact", "overlap >= 0.3", "overlap >= 0.8"));
        sb.append(String.format(Locale.ROOT, "%-8s| %5s %5s %5s | %5s %5s %5s | %5s %5s %5s%n",
                "role", "P", "R", "F1", "P", "R", "F1", "P", "R", "F1"));
        sb.append(rule);
        row(sb, "source", r.source());
        row(sb, "cue", r.cue());
        row(sb, "content", r.content());
        sb.append(rule);
        sb.append(String.format(Locale.ROOT, "matched attributions (content overlap >= %.1f): %d%n",
                Scorer.ATTRIBUTION_THRESHOLD, a.matched()));
        sb.append(line("speaker accuracy", r.speakerAccuracy(), a.speakerCorrect(), a.matched(), "")).append('\n');
        sb.append(line("cue accuracy", r.cueAccuracy(), a.cueCorrect(), a.matched(), "")).append('\n');
        sb.append(line("wikidata accuracy", r.wikidataAccuracy(), a.wikidataCorrect(), a.wikidataTotal(), "")).append('\n');
        sb.append(line("places accuracy", r.placesAccuracy(), a.placesCorrect(), a.placesTotal(),
                r.placesJaccard() == null ? "" : String.format(Locale.ROOT, "  mean Jaccard %.3f", r.placesJaccard())))
                .append('\n');
        sb.append(line("date accuracy", r.dateAccuracy(), a.dateCorrect(), a.dateTotal(), "")).append('\n');
        sb.append(String.format(Locale.ROOT, "%-18s %.2f s wall, %.2f s summed over %d thread(s)%n",
                "extraction", r.seconds(), r.extractionCpuSeconds(), r.threads()));
        if (r.failedArticles() > 0) {
            sb.append("extraction FAILED on ").append(r.failedArticles()).append(" article(s), scored as empty\n");
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, RoleScores s) {
        sb.append(String.format(Locale.ROOT, "%-8s| %.3f %.3f %.3f | %.3f %.3f %.3f | %.3f %.3f %.3f%n", name,
                s.exact().p(), s.exact().r(), s.exact().f1(),
                s.overlap30().p(), s.overlap30().r(), s.overlap30().f1(),
                s.overlap80().p(), s.overlap80().r(), s.overlap80().f1()));
    }

    private static String line(String name, Double value, int correct, int total, String extra) {
        if (value == null) {
            return String.format(Locale.ROOT, "%-18s n/a (not in gold)", name);
        }
        return String.format(Locale.ROOT, "%-18s %.3f  (%d/%d)%s", name, value, correct, total, extra);
    }
}
