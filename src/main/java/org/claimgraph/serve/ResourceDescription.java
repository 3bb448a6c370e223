package org.claimgraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.CG;

/**
 * What the store says about one IRI: the triples it is the subject of ("out") and the object of
 * ("in"), over every graph of the dataset, each list capped so that a popular node (a country
 * named by thousands of statements) still gives a page of bounded size; labels of the neighbours
 * for display; and, for statements, events and their spans, the highlighted source sentence.
 *
 * <p>Must be built inside a read transaction on the dataset.
 */
public record ResourceDescription(Node iri, List<Triple> out, List<Triple> in, boolean outTruncated,
                                  boolean inTruncated, Map<Node, String> labels, Optional<Excerpt> excerpt) {
    /** At most this many triples each way. */
    public static final int MAX_TRIPLES = 1000;

    /** Label predicates in order of preference. */
    static final List<Node> LABELS = List.of(RDFS.label.asNode(), CG.schemaName, CG.schemaHeadline,
            CG.skosPrefLabel, CG.claimText, CG.oaExact, CG.contentText);

    /** Span predicates and the CSS class of their highlight. */
    static final Map<Node, String> SPAN_ROLES = Map.of(CG.speakerSpan, "speaker", CG.cueSpan, "cue",
            CG.contentSpan, "content", CG.triggerSpan, "trigger");

    public ResourceDescription {
        out = List.copyOf(out);
        in = List.copyOf(in);
        labels = Map.copyOf(labels);
    }

    /** True when the store knows nothing about the IRI. */
    public boolean isEmpty() {
        return out.isEmpty() && in.isEmpty();
    }

    /** The resource's own label, or empty. */
    public Optional<String> label() {
        return Optional.ofNullable(labels.get(iri));
    }

    /** Objects of {@code predicate} on this resource, in store order. */
    public List<Node> values(Node predicate) {
        return out.stream().filter(t -> t.getPredicate().equals(predicate)).map(Triple::getObject).toList();
    }

    /** The out and in triples as one graph, for RDF serialisation. */
    public Graph toGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        out.forEach(g::add);
        in.forEach(g::add);
        return g;
    }

    /** owl:sameAs targets (e.g. Wikidata items). */
    public List<Node> sameAs() {
        return values(OWL.sameAs.asNode());
    }

    /** Describes {@code iri} from {@code dsg}; call inside a read transaction. */
    public static ResourceDescription describe(DatasetGraph dsg, Node iri) {
        Capped out = collect(dsg.find(Node.ANY, iri, Node.ANY, Node.ANY));
        Capped in = collect(dsg.find(Node.ANY, Node.ANY, Node.ANY, iri));
        Map<Node, String> labels = new LinkedHashMap<>();
        Set<Node> toLabel = new LinkedHashSet<>();
        toLabel.add(iri);
        out.triples.forEach(t -> toLabel.add(t.getObject()));
        in.triples.forEach(t -> toLabel.add(t.getSubject()));
        for (Node n : toLabel) {
            if (n.isURI() || n.isBlank()) {
                labelOf(dsg, n).ifPresent(l -> labels.put(n, l));
            }
        }
        Optional<Excerpt> excerpt = excerptFor(dsg, iri, out.triples, in.triples);
        return new ResourceDescription(iri, out.triples, in.triples, out.truncated, in.truncated, labels, excerpt);
    }

    private record Capped(List<Triple> triples, boolean truncated) {}

    /** Distinct triples (the same triple may sit in several graphs), at most MAX_TRIPLES. */
    private static Capped collect(Iterator<Quad> quads) {
        Set<Triple> seen = new LinkedHashSet<>();
        boolean truncated = false;
        while (quads.hasNext()) {
            Triple t = quads.next().asTriple();
            if (seen.size() >= MAX_TRIPLES && !seen.contains(t)) {
                truncated = true;
                break;
            }
            seen.add(t);
        }
        List<Triple> sorted = new ArrayList<>(seen);
        // rdf:type first, then by predicate, so pages read the same on every request.
        sorted.sort(Comparator.comparing((Triple t) -> !t.getPredicate().equals(RDF.type.asNode()))
                .thenComparing(t -> t.getPredicate().getURI()));
        return new Capped(sorted, truncated);
    }

    static Optional<String> labelOf(DatasetGraph dsg, Node n) {
        for (Node p : LABELS) {
            Iterator<Quad> it = dsg.find(Node.ANY, n, p, Node.ANY);
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral()) {
                    return Optional.of(o.getLiteralLexicalForm());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Node> first(DatasetGraph dsg, Node s, Node p) {
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    /**
     * The source sentence for a statement or event (its spans), or for a span itself (found through
     * the statement or event that points to it). Empty when there are no usable spans.
     */
    private static Optional<Excerpt> excerptFor(DatasetGraph dsg, Node iri, List<Triple> out, List<Triple> in) {
        Node owner = iri;
        List<Triple> spanLinks = out.stream().filter(t -> SPAN_ROLES.containsKey(t.getPredicate())).toList();
        if (spanLinks.isEmpty()) {
            // A span page: highlight just this span, in its owner's article.
            spanLinks = in.stream().filter(t -> SPAN_ROLES.containsKey(t.getPredicate())).toList();
            if (spanLinks.isEmpty()) {
                return Optional.empty();
            }
            owner = spanLinks.get(0).getSubject();
            spanLinks = spanLinks.stream().filter(t -> t.getObject().equals(iri)).toList();
        }
        Optional<String> text = first(dsg, owner, CG.reportedIn)
                .flatMap(article -> first(dsg, article, CG.schemaText))
                .filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<Excerpt.Mark> marks = new ArrayList<>();
        for (Triple link : spanLinks) {
            Node span = link.getObject();
            Optional<Integer> start = first(dsg, span, CG.oaStart).flatMap(ResourceDescription::integer);
            Optional<Integer> end = first(dsg, span, CG.oaEnd).flatMap(ResourceDescription::integer);
            if (start.isPresent() && end.isPresent()) {
                marks.add(new Excerpt.Mark(start.get(), end.get(), SPAN_ROLES.get(link.getPredicate())));
            }
        }
        return Excerpt.of(text.get(), marks);
    }

    private static Optional<Integer> integer(Node n) {
        if (!n.isLiteral()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(n.getLiteralLexicalForm().trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
