package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalReportTest {
    @TempDir
    Path dir;

    private static EvalReport sample(int goldWithDate) {
        SpanCounts c = new SpanCounts(4, 2, 1, 2, 1);
        AttributionCounts a = new AttributionCounts(4, 2, 2, 1, 2, 0, 0, 0, 0, 0, 0, 0, goldWithDate,
                goldWithDate > 0 ? 2 : 0, goldWithDate > 0 ? 1 : 0);
        return new EvalReport(3, new Tally(c, c, c, a), 1.25, 2.5, 2, 0);
    }

    @Test
    void jsonHasEveryKeyOfTheFormat() throws IOException {
        Path f = dir.resolve("sub/report.json");
        sample(0).write(f);
        JsonNode j = new ObjectMapper().readTree(f.toFile());
        for (String k : new String[] {"articles", "gold", "predicted", "source", "cue", "content", "speaker_accuracy",
                "cue_accuracy", "wikidata_accuracy", "places_accuracy", "date_accuracy", "seconds"}) {
            assertTrue(j.has(k), "missing key " + k);
        }
        for (String role : new String[] {"source", "cue", "content"}) {
            for (String m : new String[] {"exact", "overlap30", "overlap80"}) {
                for (String v : new String[] {"p", "r", "f1"}) {
                    JsonNode x = j.path(role).path(m).path(v);
                    assertTrue(x.isNumber(), role + "." + m + "." + v);
                    assertTrue(x.asDouble() >= 0 && x.asDouble() <= 1);
                }
            }
        }
        assertEquals(3, j.get("articles").asInt());
        assertEquals(4, j.get("gold").asInt());
        assertEquals(2, j.get("predicted").asInt());
        assertEquals(0.5, j.at("/content/exact/p").asDouble(), 1e-9);
        assertEquals(0.25, j.at("/content/exact/r").asDouble(), 1e-9);
        assertEquals(1.0, j.at("/content/overlap30/p").asDouble(), 1e-9);
        assertEquals(0.5, j.get("speaker_accuracy").asDouble(), 1e-9);
        assertEquals(1.0, j.get("cue_accuracy").asDouble(), 1e-9);
        assertTrue(j.get("wikidata_accuracy").isNull());
        assertTrue(j.get("places_accuracy").isNull());
        assertTrue(j.get("date_accuracy").isNull());
        assertEquals(1.25, j.get("seconds").asDouble(), 1e-9);
        assertEquals(4, j.at("/counts/content/gold").asInt());
    }

    @Test
    void dateAccuracyIsANumberWhenGoldHasDates() {
        JsonNode j = sample(3).toJson();
        assertEquals(0.5, j.get("date_accuracy").asDouble(), 1e-9);
    }

    @Test
    void tableShowsEveryRoleAndAccuracy() {
        String table = ReportTable.format(sample(3), "tiny.jsonl");
        assertTrue(table.startsWith("tiny.jsonl: 3 articles, 4 gold / 2 predicted attributions"), table);
        assertTrue(table.contains("content | 0.500 0.250 0.333 | 1.000 0.500 0.667 | 0.500 0.250 0.333"), table);
        assertTrue(table.contains("speaker accuracy   0.500  (1/2)"), table);
        assertTrue(table.contains("wikidata accuracy  n/a"), table);
        assertTrue(table.contains("date accuracy      0.500  (1/2)"), table);
        assertTrue(table.contains("extraction         1.25 s wall"), table);
    }
}
