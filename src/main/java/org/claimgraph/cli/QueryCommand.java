package org.claimgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.claimgraph.query.OutputFormat;
import org.claimgraph.query.QueryLibrary;
import org.claimgraph.query.QueryParamException;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.query.SavedQuery;
import org.claimgraph.serve.DatasetOpener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Runs a saved query (or a .rq file) against the local TDB2 store or a SPARQL endpoint. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a saved query (see 'claimgraph queries') or a .rq file against the local store"
                + " (union of all article graphs) or a SPARQL endpoint.")
public final class QueryCommand implements Callable<Integer> {
    static final Path DEFAULT_DB = Path.of("data", "tdb2");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME|FILE.rq", description = "Saved query name or path to a query file.")
    String query;

    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 database directory (default: ./data/tdb2).")
    Path db;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "SPARQL query endpoint instead of the local store, e.g. http://localhost:3030/claims/sparql.")
    String endpoint;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "Query parameter; repeatable. Values are bound as typed RDF terms, never pasted into the query.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output for SELECT results: table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        if (db != null && endpoint != null) {
            throw new ParameterException(spec.commandLine(), "--db and --endpoint cannot be used together");
        }
        OutputFormat fmt = parseFormat();
        SavedQuery saved;
        try {
            saved = QueryLibrary.builtIn().resolve(query);
            QueryRunner.bindParams(saved, params); // check the params before touching the store
        } catch (QueryParamException e) {
            return usageError(e.getMessage());
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        if (endpoint != null) {
            QueryRunner.remote(endpoint).write(saved, params, fmt, buffer);
        } else {
            Dataset ds = DatasetOpener.openExisting(db == null ? DEFAULT_DB : db);
            try {
                QueryRunner.local(ds).write(saved, params, fmt, buffer);
            } finally {
                ds.close();
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(buffer.toString(StandardCharsets.UTF_8));
        out.flush();
        return ExitCodes.OK;
    }

    private OutputFormat parseFormat() {
        try {
            return OutputFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(),
                    "--format must be one of table, csv, tsv, json (was '" + format + "')");
        }
    }

    private int usageError(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("claimgraph query: " + message);
        err.flush();
        return ExitCodes.USAGE;
    }
}
