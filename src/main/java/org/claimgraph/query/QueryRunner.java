package org.claimgraph.query;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.ModelUtils;
import org.apache.jena.system.Txn;

/**
 * Runs saved queries against a local dataset (in a read transaction) or a remote SPARQL endpoint.
 *
 * <p>Parameter values are converted to RDF terms according to their declared type and bound with
 * Jena's substitution, never pasted into the query text, so a value cannot change the query's
 * structure. An optional parameter left unset stays a free variable, which the shipped queries are
 * written to treat as "no restriction".
 */
public final class QueryRunner {
    private final Dataset dataset;
    private final String endpoint;

    private QueryRunner(Dataset dataset, String endpoint) {
        this.dataset = dataset;
        this.endpoint = endpoint;
    }

    /** Runs against a local dataset; the caller owns it (and sets the union default graph, see DatasetOpener). */
    public static QueryRunner local(Dataset dataset) {
        return new QueryRunner(Objects.requireNonNull(dataset, "dataset"), null);
    }

    /** Runs against a SPARQL query endpoint, e.g. {@code http://localhost:3030/claims/sparql}. */
    public static QueryRunner remote(String endpointUrl) {
        return new QueryRunner(null, Objects.requireNonNull(endpointUrl, "endpointUrl"));
    }

    /**
     * Checks the supplied values against the declared parameters and converts them to RDF terms.
     *
     * @throws QueryParamException for an unknown name, a missing required parameter or a value of the wrong type
     */
    public static Map<String, Node> bindParams(SavedQuery query, Map<String, String> values) {
        Map<String, Node> bound = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            QueryParam p = query.param(e.getKey()).orElseThrow(() -> new QueryParamException(
                    "query " + query.name() + " has no param '" + e.getKey() + "'; declared: " + declared(query)));
            bound.put(p.name(), toNode(p, e.getValue()));
        }
        for (QueryParam p : query.params()) {
            if (p.required() && !bound.containsKey(p.name())) {
                throw new QueryParamException("query " + query.name() + " needs param " + p.summary()
                        + (p.description().isEmpty() ? "" : ": " + p.description())
                        + " (pass --param " + p.name() + "=VALUE)");
            }
        }
        return bound;
    }

    /** Converts one value to the RDF term of the parameter's declared type. */
    public static Node toNode(QueryParam param, String value) {
        String v = value == null ? "" : value;
        String prefix = "param " + param.name() + ": '" + v + "' is not ";
        try {
            return switch (param.type()) {
                case STRING -> NodeFactory.createLiteralString(v);
                case INTEGER -> NodeFactory.createLiteralDT(new BigInteger(v.strip()).toString(), XSDDatatype.XSDinteger);
                case DECIMAL -> NodeFactory.createLiteralDT(new BigDecimal(v.strip()).toPlainString(), XSDDatatype.XSDdecimal);
                case DATE -> NodeFactory.createLiteralDT(LocalDate.parse(v.strip()).toString(), XSDDatatype.XSDdate);
                case IRI -> {
                    IRIx iri = IRIx.create(v.strip());
                    if (!iri.isAbsolute()) {
                        throw new QueryParamException(prefix + "an absolute IRI");
                    }
                    yield NodeFactory.createURI(iri.str());
                }
            };
        } catch (NumberFormatException e) {
            throw new QueryParamException(prefix + (param.type() == ParamType.INTEGER ? "an integer" : "a decimal number"));
        } catch (DateTimeParseException e) {
            throw new QueryParamException(prefix + "a date (YYYY-MM-DD)");
        } catch (IRIException e) {
            throw new QueryParamException(prefix + "an IRI (" + e.getMessage() + ")");
        }
    }

    /** Runs a SELECT query and returns its rows. */
    public ResultTable select(SavedQuery query, Map<String, String> values) {
        Query q = prepare(query);
        if (!q.isSelectType()) {
            throw new IllegalArgumentException("query " + query.name() + " is not a SELECT query");
        }
        Map<String, Node> bound = bindParams(query, values);
        return execute(q, bound, qe -> {
            ResultSet rs = qe.execSelect();
            List<String> vars = rs.getResultVars();
            List<Map<String, Node>> rows = new ArrayList<>();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, Node> row = new HashMap<>();
                for (String v : vars) {
                    RDFNode n = s.get(v);
                    if (n != null) {
                        row.put(v, n.asNode());
                    }
                }
                rows.add(row);
            }
            return new ResultTable(vars, rows);
        });
    }

    /**
     * Runs a query and writes its result: SELECT in the given format, CONSTRUCT/DESCRIBE as Turtle,
     * ASK as true/false (JSON when the format is JSON).
     */
    public void write(SavedQuery query, Map<String, String> values, OutputFormat format, OutputStream out) {
        Query q = prepare(query);
        Map<String, Node> bound = bindParams(query, values);
        execute(q, bound, qe -> {
            if (q.isSelectType()) {
                ResultSet rs = qe.execSelect();
                switch (format) {
                    case TABLE -> ResultSetFormatter.out(out, rs, q);
                    case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
                    case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
                    case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
                }
            } else if (q.isAskType()) {
                boolean answer = qe.execAsk();
                if (format == OutputFormat.JSON) {
                    ResultSetFormatter.outputAsJSON(out, answer);
                } else {
                    writeText(out, answer + "\n");
                }
            } else if (q.isConstructType() || q.isDescribeType()) {
                Model m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                RDFDataMgr.write(out, m, Lang.TURTLE);
            } else {
                throw new IllegalArgumentException("query " + query.name() + ": unsupported query form");
            }
            return null;
        });
    }

    /** Parses the query and checks that every declared parameter is a variable the query uses. */
    static Query prepare(SavedQuery query) {
        Query q = query.toQuery();
        for (QueryParam p : query.params()) {
            if (!usesVariable(q, p.name())) {
                throw new SavedQueryFormatException("query " + query.name() + " declares param '" + p.name()
                        + "' but never uses ?" + p.name());
            }
        }
        return q;
    }

    /** True when substituting the variable changes the query, i.e. the variable occurs in it. */
    static boolean usesVariable(Query q, String var) {
        Node sentinel = NodeFactory.createURI("urn:claimgraph:probe:" + var);
        Query substituted = QueryTransformOps.transform(q, Map.of(Var.alloc(var), sentinel));
        return !substituted.serialize().equals(q.serialize());
    }

    private <T> T execute(Query q, Map<String, Node> bound, Function<QueryExecution, T> body) {
        QuerySolutionMap substitution = new QuerySolutionMap();
        bound.forEach((name, node) -> substitution.add(name, ModelUtils.convertGraphNodeToRDFNode(node)));
        if (dataset != null) {
            // TDB2 needs a transaction; results are consumed inside it.
            return Txn.calculateRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).substitution(substitution).build()) {
                    return body.apply(qe);
                }
            });
        }
        QueryExecutionBuilder b = QueryExecution.service(endpoint).query(q).substitution(substitution);
        try (QueryExecution qe = b.build()) {
            return body.apply(qe);
        }
    }

    private static String declared(SavedQuery query) {
        return query.params().isEmpty() ? "(none)"
                : query.params().stream().map(QueryParam::summary).collect(Collectors.joining(", "));
    }

    private static void writeText(OutputStream out, String s) {
        try {
            out.write(s.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
