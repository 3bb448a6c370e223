package org.claimgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.claimgraph.extract.AttributionFilter;
import org.claimgraph.learn.FilterModel;
import picocli.CommandLine.Option;

/** {@code --model}/{@code --threshold}: an optional filter from {@code claimgraph train} (mixed into extract, ingest, eval). */
public final class FilterOptions {
    @Option(names = "--model", paramLabel = "FILE",
            description = "Keep only the attributions this filter model accepts (trained on your own gold with "
                    + "claimgraph train). Default: none, every attribution the rules find.")
    Path model;

    @Option(names = "--threshold", paramLabel = "P",
            description = "With --model: keep attributions whose probability is at least P (default: the threshold "
                    + "stored in the model).")
    Double threshold;

    /** The filter these options name; {@link AttributionFilter#NONE} without {@code --model}. */
    AttributionFilter filter() throws IOException {
        if (model == null) {
            if (threshold != null) {
                throw new IllegalArgumentException("--threshold needs --model");
            }
            return AttributionFilter.NONE;
        }
        FilterModel m = FilterModel.load(model);
        return threshold == null ? m : m.withThreshold(threshold);
    }

    /** Appended to the extractor's version in the provenance of every article graph. */
    static String describe(AttributionFilter filter, Path model) {
        return filter instanceof FilterModel m
                ? " + filter " + model.getFileName() + " (threshold " + m.threshold() + ")" : "";
    }
}
