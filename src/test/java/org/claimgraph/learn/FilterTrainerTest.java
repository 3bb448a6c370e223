package org.claimgraph.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.claimgraph.SampleStore;
import org.claimgraph.annotate.Span;
import org.claimgraph.eval.GoldArticle;
import org.claimgraph.eval.GoldAttribution;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.RuleBasedExtractor;
import org.claimgraph.read.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trains a filter on invented gold whose convention counts "said" reports but not opinions
 * ("thinks"), and checks the model learned exactly that, survives a save/load round trip, and
 * that unusable model files are refused with the file named.
 */
class FilterTrainerTest {
    static final String[] FIRST = {"Anna Berg", "Tom Reed", "Lena Falk", "Omar Haddad", "Rita Moss", "Ivan Petrov",
            "Sara Lind", "Paul Novak", "Mia Costa", "Ben Okafor", "Eva Brandt", "Leo Marsh"};
    static final String[] SECOND = {"Nora Quist", "Karl Weber", "Ines Duarte", "Hugo Blanc", "Vera Stone",
            "Max Ortega", "Lucy Hart", "Dan Fisher", "Zoe Klein", "Raj Mehta", "Ada Novak", "Tim Ruiz"};
    static final String[] TOPICS = {"the bridge will open in May", "the council will vote on the plan next week",
            "the clinic needs more nurses", "the new tram line is running late", "the harbour will be dredged this year",
            "the school budget will rise"};

    static RuleBasedExtractor rules;
    static FilterTrainer.Result trained;

    @BeforeAll
    static void train() {
        rules = (RuleBasedExtractor) SampleStore.extractor();
        List<GoldArticle> gold = new ArrayList<>();
        for (int i = 0; i < FIRST.length; i++) {
            String said = FIRST[i] + " said " + TOPICS[i % TOPICS.length] + ".";
            String thinks = SECOND[i] + " thinks " + TOPICS[(i + 3) % TOPICS.length] + ".";
            String text = said + " " + thinks;
            // The convention: only the "said" report is an attribution.
            GoldAttribution g = GoldAttribution.spans(List.of(at(text, FIRST[i])), List.of(atRaw(text, " said ").trimmed()),
                    List.of(at(text, TOPICS[i % TOPICS.length])));
            gold.add(new GoldArticle("a" + i, LocalDate.of(2024, 5, 2), null, text, List.of(g), "test:" + (i + 1)));
        }
        trained = new FilterTrainer(rules).train(gold, new FilterTrainer.Settings(100, 0, 2, null), "invented.jsonl",
                msg -> { });
    }

    record At(int begin, int end) {
        Span trimmed() {
            return new Span(begin + 1, end - 1);
        }
    }

    static Span at(String text, String part) {
        int i = text.indexOf(part);
        assertTrue(i >= 0, part);
        return new Span(i, i + part.length());
    }

    static At atRaw(String text, String part) {
        Span s = at(text, part);
        return new At(s.begin(), s.end());
    }

    private static List<String> cues(RuleBasedExtractor x, String text) {
        List<Attribution> found = x.extract(new Article("t", null, LocalDate.of(2024, 5, 2), null, null, text, "test"))
                .attributions();
        return found.stream().map(a -> a.cue().get(0).of(text)).toList();
    }

    @Test
    void theRulesFindBothKindsSoThereIsSomethingToLearn() {
        assertEquals(FIRST.length, trained.kept(), "every 'said' report matches the gold");
        assertTrue(trained.candidates() >= 2 * FIRST.length, "the rules also report the opinions: " + trained.candidates());
    }

    @Test
    void theModelKeepsTheConventionsReportsAndDropsTheRest() {
        String text = "Greta Voss said the ferry will stop running in winter. Jonas Ek thinks the ferry costs too much.";
        assertEquals(List.of("said", "thinks"), cues(rules, text));
        assertEquals(List.of("said"), cues(rules.withFilter(trained.model()), text));
    }

    @Test
    void aSavedModelLoadsWithTheSameScoresAndSettings(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("filter.bin");
        trained.model().save(file);
        FilterModel loaded = FilterModel.load(file);
        assertEquals(trained.model().threshold(), loaded.threshold());
        assertEquals("invented.jsonl", loaded.info().getProperty("trainedOn"));
        String text = "Greta Voss said the ferry will stop running in winter. Jonas Ek thinks the ferry costs too much.";
        RuleBasedExtractor recording = rules.withFilter((doc, a) -> {
            assertEquals(trained.model().score(doc, a), loaded.score(doc, a), 1e-12);
            return true;
        });
        assertEquals(2, cues(recording, text).size());
        assertEquals(0.9, loaded.withThreshold(0.9).threshold());
        assertThrows(IllegalArgumentException.class, () -> loaded.withThreshold(1.5));
    }

    @Test
    void unusableModelFilesAreRefusedNamingTheFile(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a model");
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> FilterModel.load(text));
        assertTrue(e.getMessage().startsWith(text.toString()) && e.getMessage().contains("not a claimgraph filter model"),
                e.getMessage());

        Path other = dir.resolve("other.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(other))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes());
            zip.closeEntry();
        }
        e = assertThrows(ModelFormatException.class, () -> FilterModel.load(other));
        assertTrue(e.getMessage().contains("other.zip") && e.getMessage().contains("claimgraph train"), e.getMessage());

        e = assertThrows(ModelFormatException.class, () -> FilterModel.load(dir.resolve("missing.bin")));
        assertTrue(e.getMessage().contains("missing.bin") && e.getMessage().contains("not found"), e.getMessage());
    }

    @Test
    void aModelForAnotherFeatureSetIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("filter.bin");
        trained.model().save(file);
        Path old = dir.resolve("old.bin");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(file));
             var out = new ZipOutputStream(Files.newOutputStream(old))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(FilterModel.MANIFEST)) {
                    bytes = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                            .replaceAll("features=\\d+", "features=0").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> FilterModel.load(old));
        assertTrue(e.getMessage().contains("feature set 0") && e.getMessage().contains("train it again"), e.getMessage());
    }

    @Test
    void goldThatConfirmsEverythingLeavesNothingToLearn() {
        String text = "Anna Berg said the bridge will open in May.";
        GoldAttribution g = GoldAttribution.spans(List.of(at(text, "Anna Berg")), List.of(at(text, "said")),
                List.of(at(text, "the bridge will open in May")));
        GoldArticle only = new GoldArticle("x", null, null, text, List.of(g), "test:1");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FilterTrainer(rules)
                .train(List.of(only), new FilterTrainer.Settings(10, 0, 1, null), "x.jsonl", msg -> { }));
        assertTrue(e.getMessage().contains("cannot learn"), e.getMessage());
    }
}
