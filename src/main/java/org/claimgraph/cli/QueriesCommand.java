package org.claimgraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.claimgraph.query.QueryLibrary;
import org.claimgraph.query.QueryParam;
import org.claimgraph.query.SavedQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the saved queries shipped with claimgraph. */
@Command(name = "queries", mixinStandardHelpOptions = true,
        description = "List the saved SPARQL queries; run one with 'claimgraph query NAME [--param NAME=VALUE]...'.")
public final class QueriesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-l", "--long"}, description = "Also print each query's description and parameter descriptions.")
    boolean details;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<SavedQuery> queries = QueryLibrary.builtIn().all();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAME", "TITLE", "PARAMS"});
        for (SavedQuery q : queries) {
            String params = q.params().isEmpty() ? "-"
                    : q.params().stream().map(QueryParam::summary).collect(Collectors.joining(", "));
            rows.add(new String[] {q.name(), q.title(), params});
        }
        int nameWidth = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        int titleWidth = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            out.println((pad(r[0], nameWidth) + "  " + pad(r[1], titleWidth) + "  " + r[2]).stripTrailing());
            if (details && i > 0) {
                SavedQuery q = queries.get(i - 1);
                out.println("    " + q.description());
                for (QueryParam p : q.params()) {
                    out.println("    --param " + p.name() + "=VALUE  " + p.summary()
                            + (p.description().isEmpty() ? "" : ": " + p.description()));
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
