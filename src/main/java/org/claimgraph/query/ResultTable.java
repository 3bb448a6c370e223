package org.claimgraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/** SELECT results held in memory, for callers that want values rather than formatted text. */
public record ResultTable(List<String> vars, List<Map<String, Node>> rows) {
    public ResultTable {
        vars = List.copyOf(vars);
        rows = List.copyOf(rows);
    }

    public int size() {
        return rows.size();
    }

    /** Lexical form of a literal, the IRI string, or "" when the variable is unbound in that row. */
    public String get(int row, String var) {
        return text(rows.get(row).get(var));
    }

    /** The values of one column, as {@link #get} renders them. */
    public List<String> column(String var) {
        List<String> out = new ArrayList<>(rows.size());
        for (Map<String, Node> r : rows) {
            out.add(text(r.get(var)));
        }
        return out;
    }

    private static String text(Node n) {
        if (n == null) {
            return "";
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        if (n.isURI()) {
            return n.getURI();
        }
        return n.toString();
    }
}
