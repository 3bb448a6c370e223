package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimgraph.cli.IngestAndExtractCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train} writes a model the other commands accept with {@code --model}; bad models and options are refused. */
class TrainCommandTest {
    static final String[] SAID = {"Anna Berg", "Tom Reed", "Lena Falk", "Omar Haddad", "Rita Moss", "Ivan Petrov",
            "Sara Lind", "Paul Novak", "Mia Costa", "Ben Okafor"};
    static final String[] THINKS = {"Nora Quist", "Karl Weber", "Ines Duarte", "Hugo Blanc", "Vera Stone",
            "Max Ortega", "Lucy Hart", "Dan Fisher", "Zoe Klein", "Raj Mehta"};

    static List<int[]> span(String text, String part) {
        int i = text.indexOf(part);
        return List.of(new int[] {i, i + part.length()});
    }

    /** Invented gold whose convention counts "said" reports and not opinions. */
    static Path writeGold(Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < SAID.length; i++) {
            String content = "the plan number " + (i + 1) + " will pass";
            String text = SAID[i] + " said " + content + ". " + THINKS[i] + " thinks the vote is too early.";
            lines.add(json.writeValueAsString(Map.of("id", "g" + i, "date", "2024-05-02", "text", text,
                    "attributions", List.of(Map.of("source", span(text, SAID[i]), "cue", span(text, "said"),
                            "content", span(text, content))))));
        }
        return Files.write(dir.resolve("gold.jsonl"), lines);
    }

    @Test
    void trainWritesAModelThatEvalExtractAndIngestAccept(@TempDir Path dir) throws Exception {
        Path gold = writeGold(dir);
        Path model = dir.resolve("filter.bin");
        Run train = IngestAndExtractCommandTest.run("train", "--gold", gold.toString(), "-o", model.toString(),
                "--cutoff", "0", "--threads", "1");
        assertEquals(ExitCodes.OK, train.exit(), train.err());
        assertTrue(Files.size(model) > 0 && train.out().contains("wrote " + model), train.out());
        assertTrue(train.out().contains("10 article(s)"), train.out());

        Run eval = IngestAndExtractCommandTest.run("eval", "--gold", gold.toString(), "--model", model.toString());
        assertEquals(ExitCodes.OK, eval.exit(), eval.err());
        assertTrue(eval.out().contains("with filter model"), eval.out());
        // The filter drops the opinions the gold does not count: cue precision becomes perfect.
        assertTrue(eval.out().matches("(?s).*\\ncue\\s+\\|\\s+1\\.000 1\\.000 1\\.000.*"), eval.out());

        Path article = Files.writeString(dir.resolve("a.md"), "---\nid: a1\ndate: 2024-05-02\n---\n"
                + "Greta Voss said the ferry will stop in winter. Jonas Ek thinks the ferry costs too much.\n");
        Run plain = IngestAndExtractCommandTest.run("extract", "--format", "nquads", "-o", dir.resolve("plain.nq").toString(),
                article.toString());
        Run filtered = IngestAndExtractCommandTest.run("extract", "--format", "nquads", "-o", dir.resolve("f.nq").toString(),
                "--model", model.toString(),
                article.toString());
        assertEquals(ExitCodes.OK, filtered.exit(), filtered.err());
        assertTrue(plain.err().contains("2 statement(s)"), plain.err());
        assertTrue(filtered.err().contains("1 statement(s)"), filtered.err());
        // The provenance names the filter the graph was made with.
        assertTrue(Files.readString(dir.resolve("f.nq")).contains("filter.bin"), "provenance");
    }

    @Test
    void badModelsAndOptionsAreClearErrors(@TempDir Path dir) throws Exception {
        Path bogus = Files.writeString(dir.resolve("bogus.bin"), "hello");
        Path article = Files.writeString(dir.resolve("a.txt"), "Greta Voss said the ferry will stop in winter.");
        Run extract = IngestAndExtractCommandTest.run("extract", "--model", bogus.toString(), "-o",
                dir.resolve("x.nq").toString(), article.toString());
        assertEquals(ExitCodes.FAILURE, extract.exit());
        assertTrue(extract.err().contains("bogus.bin") && extract.err().contains("not a claimgraph filter model"),
                extract.err());

        Run threshold = IngestAndExtractCommandTest.run("extract", "--threshold", "0.5", "-o", dir.resolve("y.nq").toString(),
                article.toString());
        assertEquals(ExitCodes.FAILURE, threshold.exit());
        assertTrue(threshold.err().contains("--threshold needs --model"), threshold.err());

        Run missing = IngestAndExtractCommandTest.run("train", "--gold", dir.resolve("none.jsonl").toString(),
                "-o", dir.resolve("m.bin").toString());
        assertEquals(ExitCodes.FAILURE, missing.exit());
        assertTrue(missing.err().contains("gold file not found"), missing.err());

        Run usage = IngestAndExtractCommandTest.run("train", "--gold", "x.jsonl", "-o", "m.bin", "--iterations", "0");
        assertEquals(ExitCodes.USAGE, usage.exit());
    }
}
