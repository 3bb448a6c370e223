package org.claimgraph.extract;

import org.claimgraph.annotate.OpenNlpAnnotator;

/** Builds the default extractor. Loading models takes a second or two: do it once per process. */
public final class Extractors {
    private Extractors() {}

    public static Extractor defaultExtractor() {
        return defaultExtractor(new Gazetteer());
    }

    /** The default extractor over a gazetteer the caller also uses (one copy per process). */
    public static Extractor defaultExtractor(Gazetteer gazetteer) {
        return ruleBased(gazetteer);
    }

    /** The default extractor as its concrete type, e.g. to add a trained {@link AttributionFilter}. */
    public static RuleBasedExtractor ruleBased(Gazetteer gazetteer) {
        return new RuleBasedExtractor(new OpenNlpAnnotator(), gazetteer, new Lexicon());
    }
}
