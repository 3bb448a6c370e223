package org.claimgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.claimgraph.read.Article;

/**
 * Builds a benchmark corpus of any size from the bundled sample articles: each generated
 * article is a seeded shuffle of sample paragraphs, cut to about the requested number of words,
 * so speed is measured on realistic news prose with the usual density of attributions.
 */
public final class CorpusGenerator {
    private final List<String> paragraphs = new ArrayList<>();

    public CorpusGenerator(List<Article> seeds) {
        for (Article a : seeds) {
            for (String p : a.text().split("\\n\\s*\\n")) {
                if (!p.isBlank()) {
                    paragraphs.add(p.strip());
                }
            }
        }
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("no seed paragraphs");
        }
    }

    /** Writes {@code count} articles of about {@code words} words as JSON Lines; returns total words. */
    public long writeJsonl(Path file, int count, int words, long seed) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Random random = new Random(seed);
        long total = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                StringBuilder text = new StringBuilder();
                int n = 0;
                while (n < words) {
                    String p = paragraphs.get(random.nextInt(paragraphs.size()));
                    text.append(text.isEmpty() ? "" : "\n\n").append(p);
                    n += p.split("\\s+").length;
                }
                total += n;
                ObjectNode o = json.createObjectNode();
                o.put("id", "bench-" + i);
                o.put("title", "Benchmark article " + i);
                o.put("date", LocalDate.of(2022, 3, 28).plusDays(i % 7).toString());
                o.put("publisher", "Bench Wire " + (i % 5));
                o.put("text", text.toString());
                w.write(json.writeValueAsString(o));
                w.newLine();
            }
        }
        return total;
    }
}
