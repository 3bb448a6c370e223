package org.claimgraph.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;

/**
 * Validates claimgraph data against the SHACL shapes in {@code ontology/shapes.ttl}.
 *
 * <p>The shapes are parsed once per instance; keep one instance and reuse it. Instances are
 * immutable and can be shared between threads.
 *
 * <p>The shapes hold for the data on its own (they do not need the ontology's rdfs:subClassOf
 * triples) and they also hold when the ontology graph is part of the data, so a whole store can be
 * validated as the union of all its graphs.
 */
public final class ShaclValidator {
    /** Classpath location of the shapes (pom.xml copies the top-level ontology/ directory). */
    public static final String SHAPES_RESOURCE = "/ontology/shapes.ttl";

    private final Shapes shapes;
    private final Prologue prologue;

    /** Loads the project's shapes from the classpath. */
    public ShaclValidator() {
        this(loadShapesGraph(SHAPES_RESOURCE));
    }

    /** Uses the given shapes graph, whose prefixes are also used to print paths and values. */
    public ShaclValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
        // Copy the prefixes so later changes to the caller's graph cannot change our output.
        PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefixes(shapesGraph.getPrefixMapping());
        this.prologue = new Prologue(pm.lock());
    }

    /** Parses a Turtle shapes file from the classpath, failing clearly when it is missing. */
    public static Graph loadShapesGraph(String resource) {
        try (InputStream in = ShaclValidator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource.substring(1)
                        + " is not on the classpath (it is copied there from the top-level ontology/ directory by the build)");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).base("https://claimgraph.org/shapes").parse(g);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource.substring(1) + ": " + e.getMessage(), e);
        }
    }

    /** Number of shapes with targets, i.e. the shapes that can produce results. */
    public int rootShapeCount() {
        return shapes.numRootShapes();
    }

    /** Validates one graph. The caller holds a read transaction if the graph needs one. */
    public ValidationResult validate(Graph data) {
        ValidationReport report = org.apache.jena.shacl.ShaclValidator.get().validate(shapes, data);
        List<Violation> violations = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            violations.add(toViolation(e));
        }
        violations.sort(Comparator.comparing(Violation::focusNode)
                .thenComparing(Violation::path)
                .thenComparing(Violation::message)
                .thenComparing(Violation::value));
        return new ValidationResult(report.conforms(), data.size(), violations);
    }

    /**
     * Validates everything in a dataset: its default graph together with all its named graphs
     * (article graphs and, harmlessly, the ontology graph). Starts a read transaction when the
     * dataset is transactional and the caller has not started one.
     */
    public ValidationResult validate(DatasetGraph dataset) {
        if (dataset.supportsTransactions() && !dataset.isInTransaction()) {
            return Txn.calculateRead(dataset, () -> validate(allTriples(dataset)));
        }
        return validate(allTriples(dataset));
    }

    /** Same as {@link #validate(DatasetGraph)}. */
    public ValidationResult validate(Dataset dataset) {
        return validate(dataset.asDatasetGraph());
    }

    /**
     * A read view of every triple in the dataset, duplicates across graphs merged. Uses the
     * store's own union graph (efficient in TDB2) and adds the default graph only when it has
     * data, since claimgraph writes everything into named graphs.
     */
    static Graph allTriples(DatasetGraph dataset) {
        Graph named = dataset.getUnionGraph();
        Graph dflt = dataset.getDefaultGraph();
        return dflt.isEmpty() ? named : new Union(dflt, named);
    }

    private Violation toViolation(ReportEntry e) {
        String path = e.resultPath() == null ? "" : PathWriter.asString(e.resultPath(), prologue);
        String message = e.message();
        if (message == null || message.isBlank()) {
            message = "violates " + render(e.sourceConstraintComponent());
        }
        return new Violation(render(e.focusNode()), path, message, render(e.value()));
    }

    private String render(Node n) {
        if (n == null) {
            return "";
        }
        // Focus nodes and values are minted IRIs: print them whole so they can be pasted into a query.
        if (n.isURI()) {
            return "<" + n.getURI() + ">";
        }
        return FmtUtils.stringForNode(n, prologue);
    }
}
