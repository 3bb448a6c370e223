package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.claimgraph.read.Article;
import org.claimgraph.read.ArticleReader;
import org.claimgraph.read.LanguageGuard;
import org.junit.jupiter.api.Test;

/**
 * Every row of the sample corpus's gold table (src/test/resources/sample-gold.md) is found:
 * an attribution in the same article with the gold cue, the gold canonical speaker and, where the
 * table gives one, the gold statement date. No misses are allowed.
 */
class SampleCorpusTest {
    private record Row(String file, String canonical, String cue, LocalDate date) {}

    private static List<Row> goldRows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : gold().split("\n")) {
            if (!line.startsWith("| `2022")) {
                continue;
            }
            String[] c = line.split("\\|", -1);
            if (c.length < 13) {
                continue; // the article list above the gold table
            }
            // | File | # | Speaker | Canonical | Type | Cue | Direct | Form | Content | Places | Date expr. | Date |
            String file = c[1].trim().replace("`", "");
            String date = c[12].trim();
            rows.add(new Row(file, c[4].trim(), c[6].trim(), date.isEmpty() ? null : LocalDate.parse(date)));
        }
        return rows;
    }

    private static String gold() throws IOException {
        try (InputStream in = Objects.requireNonNull(SampleCorpusTest.class.getResourceAsStream("/sample-gold.md"),
                "test resource sample-gold.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(SampleCorpusTest.class.getResourceAsStream("/sample/" + name),
                "sample resource " + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Names compare without a leading "the" ("the Kremlin"), and a gazetteer alias counts as its
     * entity: the table writes "Volodymyr Zelensky", the gazetteer's label is "Volodymyr Zelenskyy".
     */
    private static boolean sameActor(Gazetteer gazetteer, String predicted, String gold) {
        String p = predicted.replaceFirst("(?i)^the ", "");
        String g = gold.replaceFirst("(?i)^the ", "");
        return p.equalsIgnoreCase(g) || gazetteer.entity(g).map(e -> e.label().equalsIgnoreCase(p)).orElse(false);
    }

    @Test
    void goldTableIsExtracted() throws IOException {
        Extractor extractor = Extractors.defaultExtractor();
        Gazetteer gazetteer = new Gazetteer();
        ArticleReader reader = new ArticleReader(LanguageGuard.acceptAll());
        List<Row> rows = goldRows();
        assertEquals(60, rows.size(), "the README gold table has 60 rows");
        List<String> misses = new ArrayList<>();
        String currentFile = null;
        List<Attribution> found = List.of();
        String text = null;
        for (Row row : rows) {
            if (!row.file().equals(currentFile)) {
                currentFile = row.file();
                List<Article> articles;
                try (InputStream in = SampleCorpusTest.class.getResourceAsStream("/sample/" + currentFile)) {
                    articles = reader.read(currentFile, in, p -> { }).toList();
                }
                assertEquals(1, articles.size(), currentFile);
                text = articles.get(0).text();
                found = extractor.extract(articles.get(0)).attributions();
            }
            String t = text;
            boolean hit = found.stream().anyMatch(a -> a.speaker() != null
                    && sameActor(gazetteer, a.speaker().name(), row.canonical())
                    && a.cue().stream().map(s -> s.of(t).toLowerCase(Locale.ROOT)).anyMatch(s -> s.endsWith(row.cue().toLowerCase(Locale.ROOT)))
                    && (row.date() == null || row.date().equals(a.date())));
            if (!hit) {
                misses.add(row + " found: " + found.stream().map(a -> (a.speaker() == null ? "-" : a.speaker().name())
                        + "/" + a.cue().get(0).of(t) + "/" + a.date()).toList());
            }
        }
        assertTrue(misses.isEmpty(), "sample gold rows not extracted:\n" + String.join("\n", misses));
    }
}
