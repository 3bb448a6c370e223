package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.claimgraph.eval.Evaluation;
import org.claimgraph.extract.AttributionFilter;
import org.claimgraph.extract.Extractor;
import org.claimgraph.extract.Extractors;
import org.claimgraph.extract.Gazetteer;
import org.claimgraph.learn.FilterModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph eval}: scores the extractor against a gold JSONL file (shared/eval/FORMAT.md). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Runs the extractor over every article of a gold JSONL file and prints exact and "
                + "overlap (0.3, 0.8) P/R/F1 for source, cue and content, speaker and cue accuracy, and "
                + "Wikidata, places and statement-date accuracy where the gold has them.",
                "Exit codes: 0 ok, 1 failure (missing or malformed gold file), 2 usage, "
                        + "3 extraction failed on some articles."})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE.jsonl", description = "Gold file (JSON Lines).")
    Path gold;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path report;

    @Option(names = "--errors", paramLabel = "FILE", description = "Write every missed, spurious and wrongly "
            + "resolved attribution with its sentence, one JSON object per line.")
    Path errors;

    @Option(names = "--predictions", paramLabel = "FILE", description = "Write every predicted attribution in the "
            + "gold format (one article per line, with its text), to score or compare later.")
    Path predictions;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Evaluate only the first N articles (default: all).")
    int limit;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
    Integer threads;

    @Mixin
    FilterOptions filterOptions = new FilterOptions();

    private final Supplier<Extractor> extractors;
    private final boolean defaultExtractor;

    /** Used by picocli: evaluates the default extractor. */
    public EvalCommand() {
        this.extractors = Extractors::defaultExtractor;
        this.defaultExtractor = true;
    }

    /** For tests and tools that evaluate another extractor; it is created only after the gold file is checked. */
    public EvalCommand(Supplier<Extractor> extractors) {
        this.extractors = extractors;
        this.defaultExtractor = false;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // Check the gold file before building the extractor: loading NLP models takes seconds.
        if (!Files.isRegularFile(gold)) {
            err.println("claimgraph eval: gold file not found: " + gold);
            err.flush();
            return ExitCodes.FAILURE;
        }
        if (threads != null && threads < 1) {
            err.println("claimgraph eval: --threads must be at least 1");
            err.flush();
            return ExitCodes.USAGE;
        }
        AttributionFilter filter = filterOptions.filter();
        Extractor extractor;
        if (filter instanceof FilterModel model) {
            if (!defaultExtractor) {
                throw new IllegalArgumentException("--model applies to the default extractor only");
            }
            extractor = Extractors.ruleBased(new Gazetteer()).withFilter(model);
            out.println("with filter model " + filterOptions.model + " (threshold " + model.threshold() + ")");
        } else {
            extractor = extractors.get();
        }
        Evaluation evaluation = threads == null ? new Evaluation(extractor) : new Evaluation(extractor, threads);
        return evaluation.execute(gold, report, errors, predictions, limit, out, err);
    }
}
