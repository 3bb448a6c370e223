package org.claimgraph.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.extract.Gazetteer;
import org.claimgraph.extract.Place;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.Iris;

/**
 * Groups statements that report the same claim: the same speaker and the same proposition,
 * possibly paraphrased or quoted differently across outlets. A corpus-level step, run after
 * ingest over the whole store.
 *
 * <p>Method: each content is normalised into a set of stemmed content words ({@link ClaimText});
 * statements are blocked by speaker; within a block, MinHash locality-sensitive hashing proposes
 * candidate pairs, and a pair is merged when the exact sets agree: Jaccard similarity at least
 * {@link Options#jaccard()}, or the smaller set (of at least {@link Options#minContainmentSize()}
 * words) lies inside the larger for at least {@link Options#containment()} of its words (a quote
 * and a fuller paraphrase of it). Clusters are the connected components of merged pairs. Cost is
 * linear in the number of statements plus the candidate pairs; a band bucket larger than
 * {@link Options#maxBucket()} (a speaker repeating a formula thousands of times) is compared only
 * along a chain, which still joins identical texts.
 */
public final class ClaimClusterer {
    /**
     * Tuning. Defaults measured on the sample corpus and seeds-dev: a quote and its fuller
     * paraphrase often share most of the quote's words but few of the paraphrase's, so Jaccard is
     * low (0.2-0.3) while containment is high; 24 bands of 1 row propose such a pair with
     * probability 1 - (1 - J)^24 (0.9986 at J = 0.24), and the exact test decides.
     */
    public record Options(double jaccard, double containment, int minContainmentSize, int bands, int rows,
                          int maxBucket) {
        public static Options defaults() {
            return new Options(0.5, 0.6, 5, 24, 1, 500);
        }
    }

    /** One statement: IRI, speaker key (actor IRI, else the source text), content, article, publisher (may be null). */
    public record Item(String statement, String speaker, String text, String article, String publisher) {}

    /**
     * A claim: its IRI (from the representative, the member with the smallest statement IRI, so it
     * is stable), its text (the members' most frequent content, the shortest on a tie), members and counts.
     */
    public record Cluster(String claim, Item representative, String text, List<Item> members, int articles,
                          int publishers) {}

    /** What a clustering run did. */
    public record Summary(int statements, int claims, long candidatePairs, long mergedPairs, List<Cluster> clusters) {
        /** One line for command output. */
        public String describe() {
            return statements + " statements in " + claims + " claims (" + mergedPairs + " paraphrase merges), "
                    + reportedBy(2).size() + " reported by 2 or more articles";
        }

        /** Claims reported by at least {@code n} articles, most reported first. */
        public List<Cluster> reportedBy(int n) {
            return clusters.stream().filter(c -> c.articles() >= n)
                    .sorted(Comparator.comparingInt(Cluster::articles).reversed().thenComparing(Cluster::text))
                    .toList();
        }
    }

    private final Options options;
    private final Function<String, Optional<Place>> countryOfCapital;

    public ClaimClusterer(Options options, Function<String, Optional<Place>> countryOfCapital) {
        this.options = options;
        this.countryOfCapital = countryOfCapital;
    }

    /** Re-clusters every statement in {@code dataset} with the default options and gazetteer. */
    public static Summary recluster(Dataset dataset) {
        return recluster(dataset, new Gazetteer());
    }

    /** As {@link #recluster(Dataset)}, with a gazetteer the caller already has. */
    public static Summary recluster(Dataset dataset, Gazetteer gazetteer) {
        return new ClaimClusterer(Options.defaults(), gazetteer::countryOfCapital).reclusterStore(dataset);
    }

    /**
     * Reads every statement of the article graphs, clusters them, and replaces the graph
     * {@link CG#CLAIMS_GRAPH} in one write transaction: one cg:Claim per cluster with its text and
     * article and publisher counts, and one cg:claim link per statement.
     */
    public Summary reclusterStore(Dataset dataset) {
        List<Item> items = Txn.calculateRead(dataset, () -> read(dataset));
        Summary summary = cluster(items);
        Node graph = NodeFactory.createURI(CG.CLAIMS_GRAPH);
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            for (Cluster c : summary.clusters()) {
                Node claim = NodeFactory.createURI(c.claim());
                dsg.add(graph, claim, RDF.type.asNode(), CG.Claim);
                dsg.add(graph, claim, CG.claimText, NodeFactory.createLiteralString(c.text()));
                dsg.add(graph, claim, CG.articleCount, integer(c.articles()));
                dsg.add(graph, claim, CG.publisherCount, integer(c.publishers()));
                for (Item i : c.members()) {
                    dsg.add(graph, NodeFactory.createURI(i.statement()), CG.claim, claim);
                }
            }
        });
        return summary;
    }

    private static final String READ = """
            PREFIX cg: <https://claimgraph.org/ontology#>
            PREFIX schema: <https://schema.org/>
            SELECT ?st ?speaker ?speakerText ?content ?article ?publisher WHERE {
              GRAPH ?g {
                ?st a cg:Statement ; cg:contentText ?content ; cg:reportedIn ?article .
                OPTIONAL { ?st cg:speaker ?speaker }
                OPTIONAL { ?st cg:speakerText ?speakerText }
                OPTIONAL { ?article schema:publisher ?publisher }
              }
            }""";

    private static List<Item> read(Dataset dataset) {
        List<Item> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(READ).build()) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> {
                String st = s.getResource("st").getURI();
                String speaker = s.contains("speaker") ? s.get("speaker").toString()
                        : s.contains("speakerText") ? "text:" + s.getLiteral("speakerText").getLexicalForm().toLowerCase(java.util.Locale.ROOT)
                        : "statement:" + st; // no source at all: a claim of its own
                RDFNode pub = s.get("publisher");
                out.add(new Item(st, speaker, s.getLiteral("content").getLexicalForm(), s.get("article").toString(),
                        pub == null ? null : pub.toString()));
            });
        }
        return out;
    }

    /** Clusters statements; deterministic for a given set of items, whatever their order. */
    public Summary cluster(List<Item> input) {
        List<Item> items = new ArrayList<>(input);
        items.sort(Comparator.comparing(Item::speaker).thenComparing(Item::statement));
        ClaimText normaliser = new ClaimText(countryOfCapital);
        MinHash minHash = new MinHash(options.bands(), options.rows());
        int n = items.size();
        long[][] features = new long[n][];
        for (int i = 0; i < n; i++) {
            features[i] = normaliser.features(items.get(i).text());
        }
        UnionFind uf = new UnionFind(n);
        long candidates = 0;
        long merged = 0;
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && items.get(end).speaker().equals(items.get(start).speaker())) {
                end++;
            }
            long[] counts = block(items, features, start, end, minHash, uf);
            candidates += counts[0];
            merged += counts[1];
            start = end;
        }
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(i);
        }
        List<Cluster> clusters = new ArrayList<>();
        for (List<Integer> g : groups.values()) {
            List<Item> members = g.stream().map(items::get).sorted(Comparator.comparing(Item::statement)).toList();
            Item rep = members.get(0);
            Set<String> articles = new HashSet<>();
            Set<String> publishers = new HashSet<>();
            for (Item m : members) {
                articles.add(m.article());
                if (m.publisher() != null) {
                    publishers.add(m.publisher());
                }
            }
            clusters.add(new Cluster(Iris.claim(rep.statement()).getURI(), rep, claimText(members), members,
                    articles.size(), publishers.size()));
        }
        clusters.sort(Comparator.comparing(Cluster::claim));
        return new Summary(n, clusters.size(), candidates, merged, clusters);
    }

    private static String claimText(List<Item> members) {
        Map<String, Integer> counts = new HashMap<>();
        members.forEach(m -> counts.merge(m.text(), 1, Integer::sum));
        return counts.entrySet().stream()
                .min(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparingInt(e -> e.getKey().length()).thenComparing(Map.Entry::getKey))
                .orElseThrow().getKey();
    }

    /** One speaker's statements {@code [from, to)}: LSH candidates, verified, merged. Returns {candidates, merged}. */
    private long[] block(List<Item> items, long[][] features, int from, int to, MinHash minHash, UnionFind uf) {
        long candidates = 0;
        long merged = 0;
        if (to - from < 2) {
            return new long[] {0, 0};
        }
        long[][] signatures = new long[to - from][];
        for (int i = from; i < to; i++) {
            signatures[i - from] = features[i].length == 0 ? null : minHash.signature(features[i]);
        }
        Set<Long> seen = new HashSet<>();
        for (int b = 0; b < minHash.bands(); b++) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = from; i < to; i++) {
                long[] sig = signatures[i - from];
                if (sig != null) {
                    buckets.computeIfAbsent(minHash.bandKey(sig, b), k -> new ArrayList<>()).add(i);
                }
            }
            for (List<Integer> bucket : buckets.values()) {
                boolean chain = bucket.size() > options.maxBucket();
                for (int x = 0; x < bucket.size(); x++) {
                    int limit = chain ? Math.min(bucket.size(), x + 2) : bucket.size();
                    for (int y = x + 1; y < limit; y++) {
                        int i = bucket.get(x);
                        int j = bucket.get(y);
                        if (!seen.add(((long) i << 32) | j)) {
                            continue;
                        }
                        candidates++;
                        if (uf.find(i) != uf.find(j) && similar(features[i], features[j])) {
                            uf.union(i, j);
                            merged++;
                        }
                    }
                }
            }
        }
        return new long[] {candidates, merged};
    }

    /** The merge test on exact feature sets. */
    boolean similar(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return false;
        }
        int inter = intersection(a, b);
        double jaccard = (double) inter / (a.length + b.length - inter);
        int smaller = Math.min(a.length, b.length);
        return jaccard >= options.jaccard()
                || smaller >= options.minContainmentSize() && (double) inter / smaller >= options.containment();
    }

    /** Size of the intersection of two sorted, distinct arrays. */
    static int intersection(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }

    /** Disjoint sets with path halving and union by size. */
    private static final class UnionFind {
        private final int[] parent;
        private final int[] size;

        UnionFind(int n) {
            parent = new int[n];
            size = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
            Arrays.fill(size, 1);
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return;
            }
            if (size[ra] < size[rb]) {
                int t = ra;
                ra = rb;
                rb = t;
            }
            parent[rb] = ra;
            size[ra] += size[rb];
        }
    }
}
