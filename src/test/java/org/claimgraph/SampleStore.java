package org.claimgraph;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimgraph.claims.ClaimClusterer;
import org.claimgraph.extract.Extractor;
import org.claimgraph.extract.Extractors;
import org.claimgraph.extract.Gazetteer;
import org.claimgraph.pipeline.BatchRunner;
import org.claimgraph.rdf.ArticleMapper;
import org.claimgraph.read.Article;
import org.claimgraph.read.ArticleReader;
import org.claimgraph.read.LanguageGuard;
import org.claimgraph.read.ReadProblem;
import org.claimgraph.serve.DatasetOpener;
import org.claimgraph.store.TdbStore;

/**
 * Shared test fixture: the real extractor (models load once per test JVM) and the bundled
 * sample corpus ingested once into an in-memory TDB2 dataset with the union default graph.
 */
public final class SampleStore {
    private SampleStore() {}

    private static Extractor extractor;
    private static Dataset sample;

    public static synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = Extractors.defaultExtractor();
        }
        return extractor;
    }

    public static ArticleMapper mapper() {
        return new ArticleMapper("claimgraph test", new Gazetteer()::country);
    }

    public static Path sampleDir() {
        return Path.of(System.getProperty("claimgraph.basedir", "."), "src/main/resources/sample");
    }

    /** The sample corpus, read from the source tree. */
    public static List<Article> sampleArticles() {
        Consumer<ReadProblem> fail = p -> {
            throw new AssertionError("sample corpus problem: " + p);
        };
        try (var s = new ArticleReader(LanguageGuard.acceptAll()).read(List.of(sampleDir()), fail)) {
            return s.toList();
        }
    }

    /** The ingested sample corpus (read-only for tests). */
    public static synchronized Dataset sample() {
        if (sample == null) {
            Dataset ds = DatasetOpener.withUnionDefaultGraph(TDB2Factory.createDataset());
            TdbStore store = new TdbStore(ds, mapper());
            store.loadOntology();
            BatchRunner.Summary summary = new BatchRunner(extractor(), 2).run(sampleArticles().stream(), store,
                    msg -> {
                        throw new AssertionError(msg);
                    });
            if (summary.articles() != 10) {
                throw new AssertionError("expected 10 sample articles, ingested " + summary.articles());
            }
            ClaimClusterer.recluster(ds); // as ingest does: claims are a corpus-level step

            sample = ds;
        }
        return sample;
    }
}
