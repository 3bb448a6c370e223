package org.claimgraph.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.rdf.RdfFileSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Articles to RDF, streamed to a file or stdout. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract attributions from articles and write them as RDF, one named graph per article.",
                "Inputs: .txt/.md (optional YAML front matter), .json, .jsonl; directories are read recursively.",
                "Exit code 0: all read; 3: some inputs were skipped (see messages); 1: failure."})
public final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Articles or directories of articles.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: stdout).")
    Path output;

    @Option(names = "--format", defaultValue = "trig",
            description = "trig, nquads, turtle (all graphs merged) or jsonld (one document per article per line)."
                    + " Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--threads", description = "Extraction threads (default: all cores).")
    Integer threads;

    @picocli.CommandLine.Mixin
    FilterOptions filterOptions = new FilterOptions();

    @Override
    public Integer call() throws Exception {
        RdfFileSink.Format fmt;
        try {
            fmt = RdfFileSink.Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown --format '" + format + "' (expected trig, nquads, turtle or jsonld)");
        }
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = Pipeline.of(filterOptions);
        OutputStream out = output == null ? new NonClosing(System.out)
                : new BufferedOutputStream(Files.newOutputStream(output));
        Pipeline.Outcome outcome;
        try (out) {
            outcome = pipeline.run(problems -> pipeline.reader().read(inputs, problems),
                    new RdfFileSink(pipeline.mapper(), fmt, out),
                    threads == null ? Pipeline.defaultThreads() : threads, err);
        }
        err.println("extract: " + outcome.describe());
        err.flush();
        return outcome.exitCode();
    }

    /** Lets the sink flush stdout without closing it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }
}
