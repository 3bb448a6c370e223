package org.claimgraph.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.claimgraph.annotate.Span;

/**
 * Reads gold JSONL files (shared/eval/FORMAT.md): one article per line, blank lines ignored.
 * Every problem is reported as a {@link GoldFormatException} naming {@code file:line}.
 */
public final class GoldReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldReader() {}

    /** Reads at most {@code limit} articles ({@code limit <= 0}: all). */
    public static List<GoldArticle> read(Path file, int limit) throws IOException {
        List<GoldArticle> out = new ArrayList<>();
        try (Stream<GoldArticle> s = stream(file)) {
            Iterator<GoldArticle> it = s.iterator();
            while (it.hasNext() && (limit <= 0 || out.size() < limit)) {
                out.add(it.next());
            }
        } catch (UncheckedIOException e) {
            throw new IOException(e.getMessage(), e.getCause());
        }
        return out;
    }

    /**
     * Streams the articles lazily, one line at a time (close the stream). I/O errors while
     * streaming surface as {@link UncheckedIOException}.
     */
    public static Stream<GoldArticle> stream(Path file) throws IOException {
        BufferedReader in;
        try {
            in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "gold file not found");
        }
        Iterator<GoldArticle> it = new Iterator<>() {
            private int lineNo;
            private GoldArticle next;

            @Override
            public boolean hasNext() {
                if (next != null) {
                    return true;
                }
                try {
                    String line;
                    while ((line = in.readLine()) != null) {
                        lineNo++;
                        if (!line.isBlank()) {
                            next = parseLine(line, file + ":" + lineNo);
                            return true;
                        }
                    }
                    return false;
                } catch (IOException e) {
                    throw new UncheckedIOException(file + ":" + lineNo + ": " + e.getMessage(), e);
                }
            }

            @Override
            public GoldArticle next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                GoldArticle a = next;
                next = null;
                return a;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        in.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** Parses one JSONL line; {@code where} ("file:line") prefixes every error message. */
    public static GoldArticle parseLine(String line, String where) {
        JsonNode root;
        try {
            root = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new GoldFormatException(where + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new GoldFormatException(where + ": expected a JSON object per line");
        }
        String id = requiredText(root, "id", where);
        String text = requiredText(root, "text", where);
        LocalDate date = optionalDate(root, "date", where);
        String publisher = optionalText(root, "publisher", where);
        JsonNode attrs = root.get("attributions");
        if (attrs == null || !attrs.isArray()) {
            throw new GoldFormatException(where + ": \"attributions\" must be an array");
        }
        List<GoldAttribution> list = new ArrayList<>();
        for (int i = 0; i < attrs.size(); i++) {
            String at = where + ": attribution " + (i + 1);
            JsonNode a = attrs.get(i);
            if (!a.isObject()) {
                throw new GoldFormatException(at + ": expected an object");
            }
            List<Span> source = spans(a, "source", text.length(), at);
            List<Span> cue = spans(a, "cue", text.length(), at);
            List<Span> content = spans(a, "content", text.length(), at);
            List<String> places = null;
            JsonNode p = a.get("places");
            if (p != null && !p.isNull()) {
                if (!p.isArray()) {
                    throw new GoldFormatException(at + ": \"places\" must be an array of strings");
                }
                places = new ArrayList<>();
                for (JsonNode n : p) {
                    if (!n.isTextual()) {
                        throw new GoldFormatException(at + ": \"places\" must be an array of strings, found " + n);
                    }
                    places.add(n.asText());
                }
            }
            JsonNode d = a.get("direct");
            if (d != null && !d.isNull() && !d.isBoolean()) {
                throw new GoldFormatException(at + ": \"direct\" must be true or false, found " + d);
            }
            list.add(new GoldAttribution(source, cue, content,
                    optionalText(a, "speaker", at), optionalText(a, "speaker_type", at),
                    optionalText(a, "wikidata", at), places, optionalDate(a, "statement_date", at),
                    d == null || d.isNull() ? null : d.booleanValue()));
        }
        return new GoldArticle(id, date, publisher, text, list, where);
    }

    private static List<Span> spans(JsonNode a, String field, int textLength, String at) {
        JsonNode arr = a.get(field);
        if (arr == null || !arr.isArray()) {
            throw new GoldFormatException(at + ": \"" + field + "\" must be a list of [begin, end] pairs");
        }
        List<Span> out = new ArrayList<>();
        for (JsonNode pair : arr) {
            if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isInt() || !pair.get(1).isInt()) {
                throw new GoldFormatException(at + ": \"" + field + "\" piece " + pair + " is not [begin, end]");
            }
            int b = pair.get(0).intValue();
            int e = pair.get(1).intValue();
            if (b < 0 || e < b || e > textLength) {
                throw new GoldFormatException(at + ": \"" + field + "\" span [" + b + ", " + e
                        + ") is outside the text (length " + textLength + ")");
            }
            out.add(new Span(b, e));
        }
        return out;
    }

    private static String requiredText(JsonNode o, String field, String where) {
        JsonNode n = o.get(field);
        if (n == null || !n.isTextual()) {
            throw new GoldFormatException(where + ": missing string field \"" + field + "\"");
        }
        return n.asText();
    }

    private static String optionalText(JsonNode o, String field, String where) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new GoldFormatException(where + ": \"" + field + "\" must be a string, found " + n);
        }
        return n.asText();
    }

    private static LocalDate optionalDate(JsonNode o, String field, String where) {
        String s = optionalText(o, field, where);
        if (s == null || s.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new GoldFormatException(where + ": \"" + field + "\" is not an ISO date (yyyy-mm-dd): " + s, e);
        }
    }
}
