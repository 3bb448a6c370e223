package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.claimgraph.cli.EvalCommand;
import org.claimgraph.cli.Main;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.ExtractedArticle;
import org.claimgraph.extract.Extractor;
import org.claimgraph.read.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** End to end: a tiny gold file, a fake extractor with fixed predictions, the printed figures. */
class EvaluationTest {
    // Invented texts.
    private static final String A = "Mayor Ana Lopez said the bridge will reopen in May. "
            + "Officials expect delays, according to a memo.";
    private static final String B = "Nobody was hurt, police said.";

    @TempDir
    Path dir;
    Path gold;
    final Map<String, Article> seen = new ConcurrentHashMap<>();
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void writeGold() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(goldLine("a1", "2022-03-29", A, List.of(
                attr(A, "Mayor Ana Lopez", "said", "the bridge will reopen in May",
                        "\"speaker\": \"Ana Lopez\", \"places\": [\"Springfield\"], \"statement_date\": \"2022-03-28\""),
                attr(A, "a memo", "according to", "Officials expect delays", "\"speaker\": \"memo\", \"places\": []"))));
        lines.add(goldLine("b1", "2022-03-30", B, List.of(attr(B, "police", "said", "Nobody was hurt", null))));
        gold = dir.resolve("tiny.jsonl");
        Files.writeString(gold, String.join("\n", lines) + "\n");
    }

    private String goldLine(String id, String date, String text, List<String> attrs) throws IOException {
        return "{\"id\": \"" + id + "\", \"date\": \"" + date + "\", \"publisher\": \"test\", \"text\": "
                + json.writeValueAsString(text) + ", \"attributions\": [" + String.join(", ", attrs) + "]}";
    }

    private static String attr(String text, String source, String cue, String content, String extra) {
        return "{\"source\": " + span(text, source) + ", \"cue\": " + span(text, cue) + ", \"content\": "
                + span(text, content) + (extra == null ? "" : ", " + extra) + "}";
    }

    private static String span(String text, String part) {
        var s = Fixtures.at(text, part);
        return "[[" + s.begin() + ", " + s.end() + "]]";
    }

    /** Predicts attribution 1 of a1 exactly and a wrong-speaker, wrong-cue version of attribution 2. */
    private final Extractor fake = article -> {
        seen.put(article.id(), article);
        List<Attribution> out = new ArrayList<>();
        if (article.id().equals("a1")) {
            out.add(Fixtures.pred(A, "Mayor Ana Lopez", "said", "the bridge will reopen in May", "Ana Lopez", null,
                    List.of("Springfield"), LocalDate.of(2022, 3, 28)));
            out.add(Fixtures.pred(A, "Officials", "expect", "delays", "officials", null, List.of(), null));
        }
        return new ExtractedArticle(article, out);
    };

    @Test
    void printsTheFiguresAndWritesReportAndErrors() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path report = dir.resolve("out/report.json");
        Path errors = dir.resolve("out/errors.jsonl");
        int code = new Evaluation(fake, 2).execute(gold, report, errors, 0, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        String table = out.toString();
        // content: exact 1 of 2 predicted / 3 gold; "delays" holds 1 of 3 tokens of its gold (0.33).
        assertTrue(table.contains("tiny.jsonl: 2 articles, 3 gold / 2 predicted attributions"), table);
        assertTrue(table.contains("source  | 0.500 0.333 0.400 | 0.500 0.333 0.400 | 0.500 0.333 0.400"), table);
        assertTrue(table.contains("cue     | 0.500 0.333 0.400 | 0.500 0.333 0.400 | 0.500 0.333 0.400"), table);
        assertTrue(table.contains("content | 0.500 0.333 0.400 | 1.000 0.667 0.800 | 0.500 0.333 0.400"), table);
        assertTrue(table.contains("matched attributions (content overlap >= 0.3): 2"), table);
        assertTrue(table.contains("speaker accuracy   0.500  (1/2)"), table);
        assertTrue(table.contains("cue accuracy       0.500  (1/2)"), table);
        assertTrue(table.contains("wikidata accuracy  n/a"), table);
        assertTrue(table.contains("places accuracy    1.000  (2/2)  mean Jaccard 1.000"), table);
        assertTrue(table.contains("date accuracy      1.000  (1/1)"), table);

        // The extractor saw each gold article with its text, date, publisher and file:line origin.
        assertEquals(B, seen.get("b1").text());
        assertEquals(LocalDate.of(2022, 3, 30), seen.get("b1").date());
        assertEquals("test", seen.get("b1").publisher());
        assertEquals(gold + ":2", seen.get("b1").origin());

        JsonNode r = json.readTree(report.toFile());
        assertEquals(2, r.get("articles").asInt());
        assertEquals(0.8, r.at("/content/overlap30/f1").asDouble(), 1e-9);
        assertEquals(0.5, r.get("speaker_accuracy").asDouble(), 1e-9);
        assertTrue(r.get("wikidata_accuracy").isNull());
        assertEquals(1.0, r.get("date_accuracy").asDouble(), 1e-9);
        assertTrue(r.get("seconds").asDouble() >= 0);

        List<String> lines = Files.readAllLines(errors);
        assertEquals(2, lines.size(), String.join("\n", lines));
        JsonNode wrong = json.readTree(lines.get(0));
        assertEquals("a1", wrong.get("article").asText());
        assertEquals("matched-wrong", wrong.get("kind").asText());
        assertEquals("[\"speaker\",\"cue\"]", wrong.get("wrong").toString());
        assertEquals("Officials expect delays, according to a memo.", wrong.get("sentence").asText());
        assertEquals("a memo", wrong.get("source").asText());
        assertEquals("memo", wrong.get("gold_speaker").asText());
        assertEquals("officials", wrong.get("predicted_speaker").asText());
        assertEquals("delays", wrong.at("/predicted/content").asText());
        JsonNode missed = json.readTree(lines.get(1));
        assertEquals("b1", missed.get("article").asText());
        assertEquals("missed", missed.get("kind").asText());
        assertEquals(B, missed.get("sentence").asText());
        assertEquals("Nobody was hurt", missed.get("content").asText());
    }

    @Test
    void predictionsAreWrittenAsAGoldFileThatScoresPerfectlyAgainstItself() throws IOException {
        Path predictions = dir.resolve("out/predictions.jsonl");
        StringWriter out = new StringWriter();
        int code = new Evaluation(fake, 2).execute(gold, null, null, predictions, 0, new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        assertTrue(out.toString().contains("2 predicted attribution(s) written to " + predictions), out.toString());

        List<GoldArticle> read = GoldReader.read(predictions, 0);
        assertEquals(List.of("a1", "b1"), read.stream().map(GoldArticle::id).toList());
        assertEquals(A, read.get(0).text());
        assertEquals(LocalDate.of(2022, 3, 29), read.get(0).date());
        GoldAttribution first = read.get(0).attributions().get(0);
        assertEquals(List.of(Fixtures.at(A, "Mayor Ana Lopez")), first.source());
        assertEquals(List.of(Fixtures.at(A, "the bridge will reopen in May")), first.content());
        assertEquals("Ana Lopez", first.speaker());
        assertEquals(List.of("Springfield"), first.places());
        assertEquals(LocalDate.of(2022, 3, 28), first.statementDate());
        assertTrue(read.get(1).attributions().isEmpty());

        StringWriter self = new StringWriter();
        new Evaluation(fake, 1).execute(predictions, null, null, 0, new PrintWriter(self), new PrintWriter(new StringWriter()));
        assertTrue(self.toString().contains("content | 1.000 1.000 1.000 | 1.000 1.000 1.000"), self.toString());
    }

    @Test
    void limitEvaluatesTheFirstArticlesOnly() throws IOException {
        Evaluation.Result r = new Evaluation(fake, 1).evaluate(gold, 1);
        assertEquals(1, r.report().articles());
        assertEquals(2, r.report().gold());
        assertFalse(seen.containsKey("b1"));
    }

    @Test
    void extractionFailureIsScoredEmptyAndExitsPartial() throws IOException {
        Extractor failing = article -> {
            if (article.id().equals("a1")) {
                throw new IllegalStateException("model crashed");
            }
            return fake.extract(article);
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Evaluation(failing, 2).execute(gold, null, null, 0, new PrintWriter(out), new PrintWriter(err));
        assertEquals(3, code);
        assertTrue(err.toString().contains(gold + ":1 (article a1): IllegalStateException: model crashed"), err.toString());
        assertTrue(out.toString().contains("3 gold / 0 predicted"), out.toString());
        assertTrue(out.toString().contains("extraction FAILED on 1 article(s)"), out.toString());
    }

    @Test
    void malformedGoldExitsOneNamingTheLine() throws IOException {
        Files.writeString(gold, "{\"id\": \"z\", \"text\": \"x\", \"attributions\": [}\n", java.nio.file.StandardOpenOption.APPEND);
        StringWriter err = new StringWriter();
        int code = new Evaluation(fake, 1).execute(gold, null, null, 0, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertEquals(1, code);
        assertTrue(err.toString().contains(gold + ":3: not valid JSON"), err.toString());
    }

    @Test
    void commandWithMissingGoldFailsBeforeBuildingTheExtractor() {
        boolean[] built = {false};
        CommandLine cl = new CommandLine(new EvalCommand(() -> {
            built[0] = true;
            return fake;
        }));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("--gold", dir.resolve("absent.jsonl").toString());
        assertEquals(1, code);
        assertTrue(err.toString().contains("gold file not found: " + dir.resolve("absent.jsonl")), err.toString());
        assertFalse(built[0]);
    }

    @Test
    void commandRunsWithAnInjectedExtractor() throws IOException {
        CommandLine cl = new CommandLine(new EvalCommand(() -> fake));
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        Path report = dir.resolve("r.json");
        int code = cl.execute("--gold", gold.toString(), "--report", report.toString(), "--threads", "3");
        assertEquals(0, code);
        assertTrue(out.toString().contains("content | 0.500 0.333 0.400 | 1.000 0.667 0.800"), out.toString());
        assertEquals(3, json.readTree(report.toFile()).get("gold").asInt());
    }

    @Test
    void mainRegistersEvalAndReportsTheMissingExtractorOrFile() {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("eval", "--gold", dir.resolve("absent.jsonl").toString());
        assertEquals(1, code);
        assertTrue(err.toString().contains("gold file not found"), err.toString());
    }
}
