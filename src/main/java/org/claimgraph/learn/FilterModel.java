package org.claimgraph.learn;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import org.claimgraph.annotate.AnnotatedText;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.AttributionFilter;

/**
 * A trained attribution filter: an OpenNLP maxent model over {@link AttributionFeatures} and the
 * probability threshold below which an attribution is dropped. Stored as a zip holding
 * {@value #MANIFEST} (format, feature version, threshold, what it was trained on) and
 * {@value #WEIGHTS} (the model in OpenNLP's binary format). Thread-safe: maxent evaluation is.
 */
public final class FilterModel implements AttributionFilter {
    static final String MANIFEST = "claimgraph-filter.properties";
    static final String WEIGHTS = "maxent.bin";
    static final String FORMAT = "claimgraph-attribution-filter";
    /** Outcome label of an attribution the gold counts. */
    static final String KEEP = "keep";
    static final String DROP = "drop";

    private final MaxentModel model;
    private final int keepIndex;
    private final double threshold;
    private final Properties info;

    FilterModel(MaxentModel model, double threshold, Properties info) {
        this.model = model;
        this.keepIndex = model.getIndex(KEEP);
        if (keepIndex < 0) {
            throw new IllegalArgumentException("the model has no '" + KEEP + "' outcome");
        }
        this.threshold = threshold;
        this.info = info;
    }

    public double threshold() {
        return threshold;
    }

    /** What the manifest says about the training run (file, articles, candidates, ...). */
    public Properties info() {
        Properties copy = new Properties();
        copy.putAll(info);
        return copy;
    }

    /** Probability that the gold convention counts this attribution. */
    public double score(AnnotatedText doc, Attribution a) {
        return model.eval(AttributionFeatures.of(doc, a))[keepIndex];
    }

    @Override
    public boolean keep(AnnotatedText doc, Attribution a) {
        return score(doc, a) >= threshold;
    }

    /** The same model with another threshold. */
    public FilterModel withThreshold(double t) {
        return new FilterModel(model, checkThreshold(t), info);
    }

    static double checkThreshold(double t) {
        if (!(t >= 0 && t <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1], got " + t);
        }
        return t;
    }

    public void save(Path file) throws IOException {
        Properties p = info();
        p.setProperty("format", FORMAT);
        p.setProperty("features", Integer.toString(AttributionFeatures.VERSION));
        p.setProperty("threshold", Double.toString(threshold));
        StringWriter manifest = new StringWriter();
        p.store(manifest, "claimgraph attribution filter (see claimgraph train --help)");
        ByteArrayOutputStream weights = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(weights)) {
            new GenericModelWriter((AbstractModel) model, out).persist();
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp));
             ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(manifest.toString().getBytes(StandardCharsets.ISO_8859_1));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(WEIGHTS));
            weights.writeTo(zip);
            zip.closeEntry();
        }
        // Move into place only when complete, so a failed save never leaves half a model.
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Reads a model written by {@link #save}.
     *
     * @throws ModelFormatException naming the file and what is wrong with it
     */
    public static FilterModel load(Path file) throws IOException {
        Properties p = null;
        byte[] weights = null;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
             ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(MANIFEST)) {
                    p = new Properties();
                    p.load(new StringReader(new String(zip.readAllBytes(), StandardCharsets.ISO_8859_1)));
                } else if (e.getName().equals(WEIGHTS)) {
                    weights = zip.readAllBytes();
                }
            }
        } catch (NoSuchFileException e) {
            throw new ModelFormatException(file, "file not found");
        } catch (ZipException e) {
            throw new ModelFormatException(file, "not a claimgraph filter model (not a zip archive: " + e.getMessage() + ")");
        }
        if (p == null || weights == null || !FORMAT.equals(p.getProperty("format"))) {
            throw new ModelFormatException(file, "not a claimgraph filter model (no " + MANIFEST + " of format " + FORMAT
                    + " and " + WEIGHTS + "; write one with claimgraph train)");
        }
        String features = p.getProperty("features", "?");
        if (!features.equals(Integer.toString(AttributionFeatures.VERSION))) {
            throw new ModelFormatException(file, "trained on feature set " + features + ", this claimgraph computes set "
                    + AttributionFeatures.VERSION + ": train it again");
        }
        double threshold;
        try {
            threshold = checkThreshold(Double.parseDouble(p.getProperty("threshold", "")));
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(file, "bad threshold in " + MANIFEST + ": " + e.getMessage());
        }
        AbstractModel model;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(weights))) {
            model = new GenericModelReader(new BinaryFileDataReader(in)).getModel();
        } catch (IOException | RuntimeException e) {
            throw new ModelFormatException(file, "unreadable " + WEIGHTS + ": " + e);
        }
        try {
            return new FilterModel(model, threshold, p);
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(file, e.getMessage());
        }
    }
}
