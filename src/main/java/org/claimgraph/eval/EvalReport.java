package org.claimgraph.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The corpus figures, micro-averaged (counts summed over articles, then divided).
 *
 * <p>Accuracy conventions: speaker and cue accuracy are 0 when nothing matched; Wikidata, places
 * and date accuracy are null when no gold attribution of the corpus has that field, and 0 when
 * some have it but none of those was matched.
 *
 * @param articles         articles evaluated
 * @param tally            the summed counts behind every figure
 * @param seconds          wall-clock seconds of the extraction calls alone
 * @param extractionCpuSeconds sum of the per-article extraction times (differs from
 *                         {@code seconds} when extraction runs in parallel)
 * @param threads          extraction threads
 * @param failedArticles   articles whose extraction threw (scored with no predictions)
 */
public record EvalReport(int articles, Tally tally, double seconds, double extractionCpuSeconds,
                         int threads, int failedArticles) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public int gold() {
        return tally.attributions().gold();
    }

    public int predicted() {
        return tally.attributions().predicted();
    }

    public RoleScores source() {
        return RoleScores.of(tally.source());
    }

    public RoleScores cue() {
        return RoleScores.of(tally.cue());
    }

    public RoleScores content() {
        return RoleScores.of(tally.content());
    }

    public double speakerAccuracy() {
        AttributionCounts a = tally.attributions();
        return a.matched() == 0 ? 0.0 : (double) a.speakerCorrect() / a.matched();
    }

    public double cueAccuracy() {
        AttributionCounts a = tally.attributions();
        return a.matched() == 0 ? 0.0 : (double) a.cueCorrect() / a.matched();
    }

    public Double wikidataAccuracy() {
        AttributionCounts a = tally.attributions();
        return ratio(a.goldWithWikidata(), a.wikidataCorrect(), a.wikidataTotal());
    }

    public Double placesAccuracy() {
        AttributionCounts a = tally.attributions();
        return ratio(a.goldWithPlaces(), a.placesCorrect(), a.placesTotal());
    }

    /** Mean Jaccard similarity of predicted and gold place-name sets: a softer places figure. */
    public Double placesJaccard() {
        AttributionCounts a = tally.attributions();
        if (a.goldWithPlaces() == 0) {
            return null;
        }
        return a.placesTotal() == 0 ? 0.0 : a.placesJaccardSum() / a.placesTotal();
    }

    public Double dateAccuracy() {
        AttributionCounts a = tally.attributions();
        return ratio(a.goldWithDate(), a.dateCorrect(), a.dateTotal());
    }

    private static Double ratio(int goldHasField, int correct, int total) {
        if (goldHasField == 0) {
            return null;
        }
        return total == 0 ? 0.0 : (double) correct / total;
    }

    /** The report as the JSON object of FORMAT.md (its keys, plus a "counts" object and a few extras). */
    public ObjectNode toJson() {
        ObjectNode o = JSON.createObjectNode();
        o.put("articles", articles);
        o.put("gold", gold());
        o.put("predicted", predicted());
        o.set("source", role(source()));
        o.set("cue", role(cue()));
        o.set("content", role(content()));
        o.put("speaker_accuracy", speakerAccuracy());
        o.put("cue_accuracy", cueAccuracy());
        o.put("wikidata_accuracy", wikidataAccuracy());
        o.put("places_accuracy", placesAccuracy());
        o.put("date_accuracy", dateAccuracy());
        o.put("seconds", seconds);
        // Extras (FORMAT.md allows additional keys).
        o.put("places_jaccard", placesJaccard());
        o.put("matched", tally.attributions().matched());
        o.put("extraction_cpu_seconds", extractionCpuSeconds);
        o.put("threads", threads);
        o.put("failed_articles", failedArticles);
        ObjectNode counts = o.putObject("counts");
        counts.set("source", counts(tally.source()));
        counts.set("cue", counts(tally.cue()));
        counts.set("content", counts(tally.content()));
        counts.set("attributions", JSON.valueToTree(tally.attributions()));
        return o;
    }

    public String toJsonString() {
        try {
            return JSON.writeValueAsString(toJson());
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise report", e);
        }
    }

    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJsonString() + "\n");
    }

    private static ObjectNode role(RoleScores r) {
        ObjectNode o = JSON.createObjectNode();
        o.set("exact", prf(r.exact()));
        o.set("overlap30", prf(r.overlap30()));
        o.set("overlap80", prf(r.overlap80()));
        return o;
    }

    private static ObjectNode prf(Prf x) {
        ObjectNode o = JSON.createObjectNode();
        o.put("p", x.p());
        o.put("r", x.r());
        o.put("f1", x.f1());
        return o;
    }

    private static ObjectNode counts(SpanCounts c) {
        return JSON.valueToTree(c);
    }
}
