package org.claimgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimgraph.annotate.Span;

/** What the eval output files share: one JSON object per line, spans as [[begin, end], …]. */
final class JsonLines {
    static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {}

    /** Writes the lines (creating the parent folder) and returns how many were written. */
    static int write(Path file, Iterable<? extends JsonNode> lines) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        int n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (JsonNode line : lines) {
                w.write(JSON.writeValueAsString(line));
                w.newLine();
                n++;
            }
        }
        return n;
    }

    static ArrayNode spans(List<Span> spans) {
        ArrayNode arr = JSON.createArrayNode();
        for (Span s : spans) {
            arr.addArray().add(s.begin()).add(s.end());
        }
        return arr;
    }
}
