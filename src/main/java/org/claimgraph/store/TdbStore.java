package org.claimgraph.store;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimgraph.extract.ExtractedArticle;
import org.claimgraph.pipeline.ArticleSink;
import org.claimgraph.rdf.ArticleMapper;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.Iris;
import org.claimgraph.serve.DatasetOpener;

/**
 * A TDB2 dataset holding one named graph per article plus the ontology graph. Writing an article
 * replaces exactly its graph inside a write transaction: re-ingesting is idempotent and a failure
 * leaves the store as it was before that article. Several ready articles may share one
 * transaction ({@link #acceptAll}); each is still all-or-nothing.
 */
public final class TdbStore implements ArticleSink {
    /** Ontology files loaded, in this order, into the ontology graph. */
    static final List<String> ONTOLOGY_RESOURCES = List.of("/ontology/claimgraph.ttl", "/ontology/event-types.ttl");

    private final Dataset dataset;
    private final ArticleMapper mapper;

    public TdbStore(Dataset dataset, ArticleMapper mapper) {
        this.dataset = dataset;
        this.mapper = mapper;
    }

    /** Opens the dataset in {@code dir}, creating it when absent, with the union default graph. */
    public static Dataset openOrCreate(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create database directory " + dir + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(dir)) {
            throw new IllegalStateException("database directory " + dir + " is not writable");
        }
        return DatasetOpener.withUnionDefaultGraph(TDB2Factory.connectDataset(dir.toString()));
    }

    public Dataset dataset() {
        return dataset;
    }

    /** Replaces the ontology graph with the shipped ontology. */
    public void loadOntology() {
        Node graph = NodeFactory.createURI(CG.ONTOLOGY_GRAPH);
        List<Quad> quads = new ArrayList<>();
        for (String resource : ONTOLOGY_RESOURCES) {
            try (InputStream in = TdbStore.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                RDFParser.source(in).lang(Lang.TURTLE).parse(new org.apache.jena.riot.system.StreamRDFBase() {
                    @Override
                    public void triple(org.apache.jena.graph.Triple t) {
                        quads.add(Quad.create(graph, t));
                    }
                });
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot read " + resource, e);
            }
        }
        replaceGraph(graph, quads);
    }

    @Override
    public void accept(ExtractedArticle article) {
        acceptAll(List.of(article));
    }

    /** Replaces the graphs of all {@code articles} in one write transaction (group commit). */
    @Override
    public void acceptAll(List<ExtractedArticle> articles) {
        // Map first: a mapping failure must not leave a transaction half done.
        Map<Node, List<Quad>> graphs = new LinkedHashMap<>();
        for (ExtractedArticle article : articles) {
            List<Quad> quads = new ArrayList<>();
            mapper.write(article, new org.apache.jena.riot.system.StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    quads.add(q);
                }
            });
            graphs.put(Iris.articleGraph(article.article().id()), quads);
        }
        Txn.executeWrite(dataset, () -> graphs.forEach(this::replaceInTxn));
    }

    private void replaceGraph(Node graph, List<Quad> quads) {
        Txn.executeWrite(dataset, () -> replaceInTxn(graph, quads));
    }

    private void replaceInTxn(Node graph, List<Quad> quads) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        for (Quad q : quads) {
            dsg.add(q);
        }
    }

    /** Bytes the store's files take (allocated sizes: TDB2 pre-allocates its files). */
    public static long allocatedBytes(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** Number of article graphs and statements, for summaries and tests. */
    public Counts counts() {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            long graphs = 0;
            for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
                if (it.next().getURI().startsWith(CG.GRAPH + "article/")) {
                    graphs++;
                }
            }
            long statements = countOf(dsg, CG.Statement);
            long quads = dsg.stream().count();
            return new Counts(graphs, statements, quads);
        });
    }

    private static long countOf(DatasetGraph dsg, Node type) {
        return dsg.stream(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), type).count();
    }

    /** What the store holds. */
    public record Counts(long articles, long statements, long quads) {}
}
