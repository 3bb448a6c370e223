package org.claimgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.claimgraph.eval.GoldReader;
import org.claimgraph.link.EntityMerger;
import org.claimgraph.link.GoldLinkCheck;
import org.claimgraph.link.RemoteEndpoint;
import org.claimgraph.link.ServiceRedirect;
import org.claimgraph.link.Wd;
import org.claimgraph.link.WikidataGraph;
import org.claimgraph.link.WikidataLinker;
import org.claimgraph.link.WikidataSettings;
import org.claimgraph.query.SavedQuery;
import org.claimgraph.serve.DatasetOpener;
import org.claimgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code claimgraph wikidata ...}: the Wikidata graph, entity linking and enrichment. */
@Command(name = "wikidata", mixinStandardHelpOptions = true,
        description = "Wikidata linking: merge entities across articles and link them (offline by default),"
                + " extend the offline graph from the public query service, enrich linked entities.",
        subcommands = {
                WikidataCommand.Link.class,
                WikidataCommand.Update.class,
                WikidataCommand.Enrich.class,
                WikidataCommand.Check.class
        })
public final class WikidataCommand implements Runnable {
    static final String REBUILD_QUERY = "/queries/online/wikidata-rebuild.rq";
    static final String ENRICH_QUERY = "/queries/online/wikidata-enrich.rq";
    /** Countries `update` fetches when none are given: the parties and main actors of the sample corpus. */
    static final List<String> DEFAULT_COUNTRIES = List.of("Q212", "Q159", "Q30", "Q145", "Q142", "Q183", "Q43");

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: link, update, enrich or check");
    }

    @Command(name = "link", mixinStandardHelpOptions = true,
            description = {"Rebuild the entities graph of a store: one node per entity across articles, linked to"
                    + " Wikidata (owl:sameAs with cg:linkMethod and cg:linkConfidence).",
                    "Offline by default; --wikidata online asks the query service through a cache."})
    static final class Link implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", paramLabel = "DIR", description = "TDB2 database directory (default: ./data/tdb2).")
        Path db;

        @Option(names = "--graph", paramLabel = "FILE",
                description = "Replace the store's Wikidata graph with this file first (e.g. one written by 'wikidata update --out').")
        Path graph;

        @Mixin
        WikidataOptions wikidata;

        @Override
        public Integer call() {
            WikidataSettings settings = settings(spec, wikidata);
            Dataset ds = DatasetOpener.openExisting(db == null ? QueryCommand.DEFAULT_DB : db);
            try {
                if (graph != null) {
                    WikidataGraph.replace(ds, WikidataGraph.read(graph));
                }
                EntityMerger.Summary s = EntityMerger.rebuild(ds, settings);
                PrintWriter out = spec.commandLine().getOut();
                out.println("wikidata link: " + s.describe() + " (" + settings.describe() + ")");
                out.flush();
                return ExitCodes.OK;
            } finally {
                ds.close();
            }
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = {"Run the saved CONSTRUCT query queries/online/wikidata-rebuild.rq (heads of state and"
                    + " government, ministers, major cities) against the Wikidata query service, once per country,"
                    + " and add the result to the offline graph: into a store (--db) and/or a Turtle file (--out)"
                    + " holding the shipped graph plus the new facts.",
                    "Needs the internet (explicit opt-in); responses are cached, --refresh ignores the cache."})
    static final class Update implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--country", paramLabel = "QID", split = ",",
                description = "Country items to fetch, e.g. Q212 (repeatable; default: Q212,Q159,Q30,Q145,Q142,Q183,Q43).")
        List<String> countries = new ArrayList<>();

        @Option(names = "--query", paramLabel = "FILE", description = "A CONSTRUCT query file instead of the saved one.")
        Path query;

        @Option(names = "--endpoint", paramLabel = "URL", description = "Query service (default: https://query.wikidata.org/sparql).")
        URI endpoint;

        @Option(names = "--cache", paramLabel = "DIR", description = "Response cache (default: ~/.cache/claimgraph/wikidata).")
        Path cache;

        @Option(names = "--refresh", description = "Ask the service again even when a cached response exists.")
        boolean refresh;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the shipped offline graph plus the new facts as Turtle.")
        Path out;

        @Option(names = "--db", paramLabel = "DIR", description = "Add the new facts to this store's Wikidata graph.")
        Path db;

        @Override
        public Integer call() throws IOException {
            if (out == null && db == null) {
                throw new ParameterException(spec.commandLine(), "give --out FILE and/or --db DIR: where should the facts go?");
            }
            String text = query == null ? resource(REBUILD_QUERY) : Files.readString(query, StandardCharsets.UTF_8);
            String origin = query == null ? "classpath:" + REBUILD_QUERY : query.toString();
            SavedQuery saved = SavedQuery.parse("wikidata-rebuild", origin, text);
            Query parsed = saved.toQuery();
            if (!parsed.isConstructType()) {
                throw new ParameterException(spec.commandLine(), origin + " is not a CONSTRUCT query");
            }
            List<String> qids = countries.isEmpty() ? DEFAULT_COUNTRIES : countries;
            for (String q : qids) {
                if (!q.strip().matches("Q[1-9][0-9]*")) {
                    throw new ParameterException(spec.commandLine(), "--country takes Wikidata item ids such as Q212 (was '" + q + "')");
                }
            }
            RemoteEndpoint remote = new RemoteEndpoint(endpoint == null ? URI.create(Wd.QUERY_SERVICE) : endpoint,
                    cache == null ? RemoteEndpoint.defaultCacheDir() : cache, refresh);
            Graph facts = GraphFactory.createDefaultGraph();
            boolean perCountry = saved.param("country").isPresent();
            for (String q : perCountry ? qids : List.of("")) {
                Query run = perCountry
                        ? QueryTransformOps.transform(parsed, Map.of(Var.alloc("country"), Wd.item(q.strip())))
                        : parsed;
                remote.construct(run.serialize()).find().forEach(facts::add);
            }
            PrintWriter o = spec.commandLine().getOut();
            o.printf("wikidata update: %d triples from %s (%d requests, %d from cache)%n", facts.size(),
                    remote.describe(), remote.requests(), remote.cacheHits());
            if (db != null) {
                Dataset ds = TdbStore.openOrCreate(db);
                try {
                    if (!WikidataGraph.isLoaded(ds)) {
                        WikidataGraph.loadInto(ds);
                    }
                    WikidataGraph.addTo(ds, facts);
                    long size = Txn.calculateRead(ds, () -> ds.asDatasetGraph().getGraph(WikidataGraph.GRAPH).size());
                    o.printf("wikidata update: the Wikidata graph of %s now holds %d triples;"
                            + " run 'claimgraph wikidata link --db %s' to relink%n", db, size, db);
                } finally {
                    ds.close();
                }
            }
            if (out != null) {
                Graph all = WikidataGraph.shipped();
                facts.find().forEach(all::add);
                writeTurtle(all, out);
                o.printf("wikidata update: wrote %d triples to %s%n", all.size(), out);
            }
            o.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "enrich", mixinStandardHelpOptions = true,
            description = {"Run the federated query queries/online/wikidata-enrich.rq: linked people with their"
                    + " positions (P39) and citizenship (P27), linked places with coordinates (P625), fetched"
                    + " live with SERVICE <https://query.wikidata.org/sparql>.",
                    "Needs the internet, unless --endpoint sends the SERVICE calls elsewhere."})
    static final class Enrich implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", paramLabel = "DIR", description = "TDB2 database directory (default: ./data/tdb2).")
        Path db;

        @Option(names = "--endpoint", paramLabel = "URL",
                description = "Send the query's SERVICE calls to this endpoint instead of the public one.")
        URI endpoint;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
                description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
        String format;

        @Override
        public Integer call() throws IOException {
            Dataset ds = DatasetOpener.openExisting(db == null ? QueryCommand.DEFAULT_DB : db);
            try {
                java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
                writeEnrichment(ds, endpoint == null ? null : endpoint.toString(), format, buffer, spec);
                PrintWriter o = spec.commandLine().getOut();
                o.print(buffer.toString(StandardCharsets.UTF_8));
                o.flush();
                return ExitCodes.OK;
            } finally {
                ds.close();
            }
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Measure linking on the named speakers of a gold JSONL file (shared/eval format): each"
                    + " distinct person, organisation or country is linked by name and type.",
                    "Where the gold gives Wikidata ids, reports the accuracy on the speakers the graph knows."})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--gold", paramLabel = "FILE", required = true, description = "Gold JSONL file.")
        Path gold;

        @Mixin
        WikidataOptions wikidata;

        @Override
        public Integer call() throws IOException {
            WikidataSettings settings = settings(spec, wikidata);
            Dataset ds = org.apache.jena.query.DatasetFactory.createTxnMem();
            GoldLinkCheck.Result r = GoldLinkCheck.check(GoldReader.read(gold, Integer.MAX_VALUE), settings.linker(ds));
            PrintWriter o = spec.commandLine().getOut();
            o.printf("%-60s %-12s %5s  %-10s %-10s %s%n", "SPEAKER", "KIND", "ATTR", "STATUS", "LINK", "GOLD");
            for (GoldLinkCheck.Row row : r.rows()) {
                WikidataLinker.Outcome oc = row.outcome();
                o.printf("%-60s %-12s %5d  %-10s %-10s %s%n", row.speaker(), row.kind().name().toLowerCase(Locale.ROOT),
                        row.attributions(), oc.status(), oc.link() == null ? "" : oc.link().qid(),
                        row.goldQid() == null ? "" : row.goldQid() + (row.correct() ? " ok" : " WRONG"));
            }
            o.printf("%d distinct named speakers, %d linked, %d with a gold id (%d in the graph), %d correct, %d wrong;"
                            + " accuracy on gold ids the graph knows: %s%n",
                    r.rows().size(), r.linked(), r.withGoldId(), r.knownToGraph(), r.correct(), r.wrong(),
                    r.accuracy() == null ? "n/a (the gold gives no Wikidata ids)" : String.format(Locale.ROOT, "%.3f", r.accuracy()));
            o.flush();
            return ExitCodes.OK;
        }
    }

    /**
     * Runs the federated enrichment query on a store. With {@code serviceUrl} the query's SERVICE
     * calls go there instead of the public service (the query text is unchanged).
     */
    public static void writeEnrichment(Dataset ds, String serviceUrl, String format, OutputStream out, CommandSpec spec) {
        SavedQuery saved = SavedQuery.parse("wikidata-enrich", "classpath:" + ENRICH_QUERY, resource(ENRICH_QUERY));
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.create().query(saved.toQuery()).dataset(ds).build()) {
                if (serviceUrl != null) {
                    ServiceRedirect.install(qe.getContext(), Wd.QUERY_SERVICE, serviceUrl);
                }
                ResultSet rs = qe.execSelect();
                switch (format.toLowerCase(Locale.ROOT)) {
                    case "table" -> ResultSetFormatter.out(out, rs);
                    case "csv" -> ResultSetFormatter.outputAsCSV(out, rs);
                    case "tsv" -> ResultSetFormatter.outputAsTSV(out, rs);
                    case "json" -> ResultSetFormatter.outputAsJSON(out, rs);
                    default -> throw new ParameterException(spec.commandLine(), "--format must be table, csv, tsv or json");
                }
            }
        });
    }

    private static WikidataSettings settings(CommandSpec spec, WikidataOptions options) {
        try {
            return options.settings();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    static String resource(String name) {
        try (InputStream in = WikidataCommand.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static void writeTurtle(Graph g, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        var model = ModelFactory.createModelForGraph(g);
        model.setNsPrefix("wd", Wd.ENTITY);
        model.setNsPrefix("wdt", Wd.DIRECT);
        model.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        model.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        model.setNsPrefix("schema", Wd.SCHEMA);
        model.setNsPrefix("geo", Wd.GEO);
        try (OutputStream os = Files.newOutputStream(file)) {
            RDFDataMgr.write(os, model, Lang.TURTLE);
        }
    }
}
