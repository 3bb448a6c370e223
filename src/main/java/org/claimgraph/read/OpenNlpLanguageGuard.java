package org.claimgraph.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * {@link LanguageGuard} backed by OpenNLP's language detector (103 languages, ISO 639-3 codes).
 *
 * <p>The model is large (~10 MB) and slow to load, so load it once ({@link #loadBundled()}) and
 * share this guard. {@link LanguageDetectorME} is not documented as thread-safe, so a fresh one is
 * made from the shared (immutable) model on every call; that is cheap (it only wraps the model).
 */
public final class OpenNlpLanguageGuard implements LanguageGuard {

    /** Where the opennlp-models-langdetect 1.3.0 jar keeps its model. */
    public static final String MODEL_RESOURCE = "/langdetect-183.bin";

    /** Below this many characters the detector is unreliable (names, datelines), so we accept. */
    public static final int MIN_CHARS = 100;

    /**
     * The detector spreads probability over 103 languages, so even clear cases score only ~0.3-0.5
     * on a paragraph; noise (numbers, URLs) stays below ~0.05. 0.1 separates the two.
     */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.1;

    /** The non-English language must also clearly beat English, so mixed text is accepted. */
    private static final double MARGIN_OVER_ENGLISH = 2.0;

    /** Enough text for a stable decision; detecting on a whole long article only costs time. */
    private static final int SAMPLE_CHARS = 1500;

    private static final String ENGLISH = "eng";

    private final LanguageDetectorModel model;
    private final double minConfidence;

    /**
     * @param model         a loaded language detector model
     * @param minConfidence a non-English verdict needs at least this probability; lower ones are
     *                      treated as "unclear" and the text is accepted
     */
    public OpenNlpLanguageGuard(LanguageDetectorModel model, double minConfidence) {
        this.model = Objects.requireNonNull(model, "model");
        this.minConfidence = minConfidence;
    }

    /** Loads the model bundled in the opennlp-models-langdetect jar, with a default threshold. */
    public static OpenNlpLanguageGuard loadBundled() {
        try (InputStream in = OpenNlpLanguageGuard.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("language model " + MODEL_RESOURCE
                        + " not on the classpath (dependency opennlp-models-langdetect missing?)");
            }
            return new OpenNlpLanguageGuard(new LanguageDetectorModel(in), DEFAULT_MIN_CONFIDENCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load language model " + MODEL_RESOURCE, e);
        }
    }

    @Override
    public Optional<String> detectNonEnglish(String text) {
        String sample = text.strip();
        if (sample.length() < MIN_CHARS) {
            return Optional.empty();
        }
        if (sample.length() > SAMPLE_CHARS) {
            sample = sample.substring(0, SAMPLE_CHARS);
        }
        Language[] ranked = new LanguageDetectorME(model).predictLanguages(sample);
        if (ranked.length == 0) {
            return Optional.empty();
        }
        Language best = ranked[0];
        if (ENGLISH.equals(best.getLang()) || best.getConfidence() < minConfidence) {
            return Optional.empty();
        }
        double english = 0;
        for (Language l : ranked) {
            if (ENGLISH.equals(l.getLang())) {
                english = l.getConfidence();
                break;
            }
        }
        if (best.getConfidence() < MARGIN_OVER_ENGLISH * english) {
            return Optional.empty();
        }
        return Optional.of(best.getLang());
    }
}
