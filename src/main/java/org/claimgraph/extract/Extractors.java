package org.claimgraph.extract;

import org.claimgraph.annotate.OpenNlpAnnotator;

/** Builds the default extractor. Loading models takes a second or two: do it once per process. */
public final class Extractors {
    private Extractors() {}

    public static Extractor defaultExtractor() {
        return new RuleBasedExtractor(new OpenNlpAnnotator(), new Gazetteer(), new Lexicon());
    }
}
