package org.claimgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimgraph.validate.ShaclValidator;
import org.claimgraph.validate.ValidationResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimgraph validate}: checks a TDB2 store or an RDF file against ontology/shapes.ttl. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = {
                "Validates the knowledge graph against the SHACL shapes in ontology/shapes.ttl.",
                "Checks the TDB2 database (default data/tdb2), or an RDF FILE instead.",
                "FILE syntax follows its extension: .trig .nq .ttl .nt .jsonld .rdf (+ .gz).",
                "The default graph and all named graphs are validated together."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the data conforms",
                "1:the database or file could not be read",
                "2:usage error",
                "3:the data has violations (each is printed)"})
public final class ValidateCommand implements Callable<Integer> {
    static final Path DEFAULT_DB = Path.of("data", "tdb2");
    private static final String SHAPES_NAME = "ontology/shapes.ttl";

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR",
            description = "TDB2 database directory (default: data/tdb2).")
    Path db;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "An RDF file to validate instead of the database.")
    Path file;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "200",
            description = "Print at most N violations; 0 prints all (default: ${DEFAULT-VALUE}). The count is always exact.")
    int limit;

    @Override
    public Integer call() {
        if (db != null && file != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Give either --db DIR or FILE, not both");
        }
        if (limit < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be >= 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ShaclValidator validator = new ShaclValidator();
        ValidationResult result;
        try {
            result = file != null ? validateFile(validator, file, err) : validateDatabase(validator, db == null ? DEFAULT_DB : db);
        } catch (InputProblem p) {
            err.println("claimgraph validate: " + p.getMessage());
            return ExitCodes.FAILURE;
        }
        if (result.conforms()) {
            out.println("OK: " + result.tripleCount() + " triples conform to " + SHAPES_NAME);
            return ExitCodes.OK;
        }
        List<String> lines = result.lines();
        int shown = limit == 0 ? lines.size() : Math.min(limit, lines.size());
        lines.subList(0, shown).forEach(out::println);
        if (shown < lines.size()) {
            out.println("... and " + (lines.size() - shown) + " more (use --limit 0 to print all)");
        }
        out.println(result.violationCount() + (result.violationCount() == 1 ? " violation" : " violations")
                + " of " + SHAPES_NAME + " in " + result.tripleCount() + " triples");
        out.flush();
        return ExitCodes.PARTIAL;
    }

    private static ValidationResult validateFile(ShaclValidator validator, Path file, PrintWriter err) {
        if (Files.isDirectory(file)) {
            throw new InputProblem(file + " is a directory; to validate a TDB2 database use --db " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw new InputProblem(file + ": no such file");
        }
        if (!Files.isReadable(file)) {
            throw new InputProblem(file + ": not readable");
        }
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        if (lang == null) {
            throw new InputProblem(file + ": cannot tell the RDF syntax from the file name"
                    + " (use an extension such as .trig, .nq, .ttl, .nt, .jsonld or .rdf)");
        }
        DatasetGraph data = DatasetGraphFactory.create();
        boolean gzip = file.getFileName().toString().endsWith(".gz");
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            RDFParser.source(in).lang(lang).errorHandler(new FileErrors(file, err)).parse(data);
        } catch (IOException e) {
            throw new InputProblem(file + ": cannot read: " + e.getMessage());
        } catch (RiotParseException e) {
            String where = e.getLine() < 0 ? "" : ":" + e.getLine() + ":" + e.getCol();
            throw new InputProblem(file + where + ": " + e.getOriginalMessage());
        } catch (RiotException e) {
            throw new InputProblem(file + ": cannot parse as " + lang.getName() + ": " + e.getMessage());
        }
        return validator.validate(data);
    }

    private static ValidationResult validateDatabase(ShaclValidator validator, Path dir) {
        // TDB2Factory.connectDataset creates a database where there is none; check first so that
        // a mistyped path is reported rather than silently validated as an empty store.
        if (!Files.isDirectory(dir)) {
            throw new InputProblem(dir + ": no such directory (no TDB2 database there; build one with 'claimgraph ingest' or pass --db DIR or FILE)");
        }
        if (!looksLikeTdb2(dir)) {
            throw new InputProblem(dir + " is not a TDB2 database (it has no Data-NNNN directory)");
        }
        Dataset ds;
        try {
            ds = TDB2Factory.connectDataset(dir.toString());
        } catch (RuntimeException e) {
            throw new InputProblem(dir + ": cannot open the TDB2 database (is a server using it?): " + e.getMessage());
        }
        return Txn.calculateRead(ds, () -> validator.validate(ds));
    }

    private static boolean looksLikeTdb2(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d+"));
        } catch (IOException e) {
            throw new InputProblem(dir + ": cannot list directory: " + e.getMessage());
        }
    }

    /** Parse warnings go to stderr with file:line:col; errors stop the parse. */
    private record FileErrors(Path file, PrintWriter err) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            err.println("claimgraph validate: warning: " + file + where(line, col) + ": " + message);
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        private static String where(long line, long col) {
            return line < 0 ? "" : ":" + line + ":" + col;
        }
    }

    /** A problem with the input the user can fix; reported as one line, exit code 1. */
    private static final class InputProblem extends RuntimeException {
        InputProblem(String message) {
            super(message);
        }
    }
}
