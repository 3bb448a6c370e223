package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimgraph.eval.GoldArticle;
import org.claimgraph.eval.GoldReader;
import org.claimgraph.extract.Extractors;
import org.claimgraph.extract.Gazetteer;
import org.claimgraph.learn.FilterTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph train}: fits an optional attribution filter on the user's own gold file. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains an optional attribution filter on your own gold file (the eval JSONL format): the rules"
                + " run over every gold article, each attribution they find is labelled by whether the gold has it,"
                + " and a maximum entropy model (OpenNLP) learns which ones your annotation convention counts.",
                "Use it with --model on extract, ingest and eval. The filter can only drop attributions, never add"
                + " or reshape them. claimgraph ships no trained model; the default extractor is the rules alone.",
                "Exit codes: 0 ok, 1 failure (missing or malformed gold file, nothing to learn), 2 usage."})
public final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE.jsonl", description = "Gold file (JSON Lines).")
    Path gold;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "MODEL", description = "Where to write the model.")
    Path out;

    @Option(names = "--threshold", paramLabel = "P", description = "Keep attributions with probability >= P (default:"
            + " chosen on every tenth gold article, held out, to maximise attribution F1 there).")
    Double threshold;

    @Option(names = "--iterations", defaultValue = "150", paramLabel = "N", description = "GIS iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "2", paramLabel = "N",
            description = "Ignore features seen fewer than N times (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FilterTrainer.Settings settings;
        try {
            settings = new FilterTrainer.Settings(iterations, cutoff,
                    threads == null ? Pipeline.defaultThreads() : threads, threshold);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!Files.isRegularFile(gold)) {
            err.println("claimgraph train: gold file not found: " + gold);
            err.flush();
            return ExitCodes.FAILURE;
        }
        List<GoldArticle> articles = GoldReader.read(gold, 0);
        FilterTrainer trainer = new FilterTrainer(Extractors.ruleBased(new Gazetteer()));
        FilterTrainer.Result r = trainer.train(articles, settings, gold.getFileName().toString(), msg -> {
            o.println(msg);
            o.flush();
        });
        r.model().save(out);
        if (r.chosen() != null) {
            o.println("held-out attributions (every tenth article), content overlap >= 0.3 and cue overlapping:");
            o.println(row("rules alone", r.unfiltered()));
            o.println(row("with filter", r.chosen()));
        }
        o.printf(Locale.ROOT, "wrote %s (threshold %.2f); use it with --model %s%n", out, r.model().threshold(), out);
        return ExitCodes.OK;
    }

    private static String row(String name, FilterTrainer.HeldOut h) {
        return String.format(Locale.ROOT, "  %-12s P %.3f  R %.3f  F1 %.3f", name, h.precision(), h.recall(), h.f1());
    }
}
