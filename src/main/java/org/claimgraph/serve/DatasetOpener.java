package org.claimgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The one place that opens the TDB2 store for reading and turns on the union default graph, so
 * that queries without GRAPH clauses see the triples of every named (per-article) graph.
 */
public final class DatasetOpener {
    private DatasetOpener() {}

    /**
     * Connects to an existing TDB2 database directory with the union default graph on.
     *
     * @throws IllegalArgumentException when the directory is missing or is not a TDB2 database
     *     (connecting would otherwise silently create an empty database there)
     */
    public static Dataset openExisting(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no TDB2 database at " + dir
                    + " (directory not found; run 'claimgraph ingest' first or pass --db DIR)");
        }
        if (!looksLikeTdb2(dir)) {
            throw new IllegalArgumentException(dir + " is not a TDB2 database (no Data-NNNN directory inside)");
        }
        return withUnionDefaultGraph(TDB2Factory.connectDataset(dir.toString()));
    }

    /**
     * Makes the default graph of a TDB2 dataset the union of its named graphs (TDB2's
     * {@code unionDefaultGraph} context setting) and returns the same dataset. The setting lives in
     * the dataset's context, so it holds for local queries and for Fuseki serving the dataset.
     */
    public static Dataset withUnionDefaultGraph(Dataset ds) {
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return ds;
    }

    private static boolean looksLikeTdb2(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
