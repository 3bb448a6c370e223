package org.claimgraph.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;

/** Creates the {@link Cursor} for each input format. One instance per batch (holds its listener). */
final class Cursors {

    /** Opens the input's bytes; called at most once, when the first article is requested. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    /** How far into a jsonl file we look for NUL bytes before deciding it is binary. */
    private static final int BINARY_PROBE = 8192;

    private final ObjectMapper json;
    /** Reads one array element at a time; the rest of the array is not "trailing garbage". */
    private final ObjectReader elementReader;
    private final ObjectMapper yaml;
    private final Consumer<ReadProblem> problems;

    Cursors(ObjectMapper json, ObjectMapper yaml, Consumer<ReadProblem> problems) {
        this.json = json;
        this.elementReader = json.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.yaml = yaml;
        this.problems = problems;
    }

    /**
     * @param origin the input's name in messages (the path as given or found)
     * @param idBase id slug derived from the path relative to its input root, without extension
     */
    Cursor open(Format format, String origin, String idBase, Opener opener) {
        return switch (format) {
            case TEXT -> new TextCursor(origin, idBase, opener);
            case JSON -> new JsonCursor(origin, idBase, opener);
            case JSONL -> new JsonlCursor(origin, idBase, opener);
        };
    }

    private void error(String origin, String message) {
        problems.accept(ReadProblem.error(origin, message));
    }

    /**
     * Reads a whole (single-article-sized) file and checks it is non-empty UTF-8 text.
     * Reports the problem and returns null otherwise.
     */
    private String readText(String origin, Opener opener) {
        byte[] bytes;
        try (InputStream in = opener.open()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            error(origin, "cannot read: " + describe(e));
            return null;
        }
        if (bytes.length == 0) {
            error(origin, "empty file");
            return null;
        }
        int nul = StrictUtf8.indexOfNul(bytes, 0, bytes.length);
        if (nul >= 0) {
            error(origin, "binary file (NUL byte at byte " + nul + "), not text");
            return null;
        }
        try {
            return Records.normaliseNewlines(StrictUtf8.decode(bytes, 0, bytes.length, 0));
        } catch (StrictUtf8.InvalidUtf8Exception e) {
            error(origin, e.getMessage());
            return null;
        }
    }

    static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    static String malformed(JsonProcessingException e) {
        return "malformed JSON: " + FrontMatter.firstLine(e.getOriginalMessage());
    }

    private static String lineOrigin(String origin, JsonProcessingException e) {
        return e.getLocation() != null && e.getLocation().getLineNr() > 0
                ? origin + ":" + e.getLocation().getLineNr() : origin;
    }

    /** .txt / .md: one article per file. */
    private final class TextCursor implements Cursor {
        private final String origin;
        private final String idBase;
        private final Opener opener;
        private boolean done;

        TextCursor(String origin, String idBase, Opener opener) {
            this.origin = origin;
            this.idBase = idBase;
            this.opener = opener;
        }

        @Override
        public Candidate next() {
            if (done) {
                return null;
            }
            done = true;
            String text = readText(origin, opener);
            if (text == null) {
                return null;
            }
            try {
                FrontMatter.Split split = FrontMatter.split(text, yaml);
                return Records.build(split.fields(), split.body(), origin, idBase);
            } catch (SkipException e) {
                error(origin, e.getMessage());
                return null;
            }
        }

        @Override
        public String origin() {
            return origin;
        }

        @Override
        public void close() {
            done = true;
        }
    }

    /**
     * .json: one object, or an array of objects. The file is read whole (like a text article);
     * array elements are then parsed one at a time. Large corpora belong in .jsonl.
     */
    private final class JsonCursor implements Cursor {
        private final String origin;
        private final String idBase;
        private final Opener opener;
        private JsonParser parser;
        private boolean done;
        private int index;

        JsonCursor(String origin, String idBase, Opener opener) {
            this.origin = origin;
            this.idBase = idBase;
            this.opener = opener;
        }

        @Override
        public Candidate next() {
            while (!done) {
                try {
                    Candidate c = step();
                    if (c != null) {
                        return c;
                    }
                } catch (SkippedAlready e) {
                    close();
                } catch (JsonProcessingException e) {
                    error(lineOrigin(origin, e), malformed(e));
                    close();
                } catch (IOException e) {
                    error(origin, "cannot read: " + describe(e));
                    close();
                }
            }
            return null;
        }

        /** One parsing step: returns an article, or null after reporting a skipped element or at the end. */
        private Candidate step() throws IOException {
            if (parser == null) {
                String text = readText(origin, opener);
                if (text == null) {
                    close();
                    return null;
                }
                if (text.isBlank()) {
                    error(origin, "empty file");
                    close();
                    return null;
                }
                parser = json.createParser(text);
                JsonToken first = parser.nextToken();
                if (first == JsonToken.START_OBJECT) {
                    JsonNode node = elementReader.readTree(parser);
                    expectEnd("object");
                    close();
                    return build(node, origin, idBase);
                }
                if (first != JsonToken.START_ARRAY) {
                    error(origin, "expected a JSON object or an array of objects, found " + kind(first));
                    close();
                }
                return null;
            }
            JsonToken t = parser.nextToken();
            if (t == JsonToken.END_ARRAY) {
                expectEnd("array");
                close();
                return null;
            }
            index++;
            String at = origin + ":" + parser.currentTokenLocation().getLineNr();
            if (t != JsonToken.START_OBJECT) {
                parser.skipChildren();
                error(at, "expected a JSON object, found " + kind(t));
                return null;
            }
            return build(elementReader.readTree(parser), at, idBase + "-" + index);
        }

        private void expectEnd(String what) throws IOException {
            if (parser.nextToken() != null) {
                error(origin + ":" + parser.currentTokenLocation().getLineNr(),
                        "malformed JSON: unexpected content after the top-level " + what
                                + " (for one object per line use .jsonl)");
                throw new SkippedAlready();
            }
        }

        private Candidate build(JsonNode node, String at, String fallbackId) {
            try {
                return Records.build(node, null, at, fallbackId);
            } catch (SkipException e) {
                error(at, e.getMessage());
                return null;
            }
        }

        @Override
        public String origin() {
            return origin;
        }

        @Override
        public void close() {
            done = true;
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException ignored) {
                    // parsing a String: nothing to release
                }
            }
        }
    }

    /** Signals a problem already reported; ends the current file without a second message. */
    private static final class SkippedAlready extends IOException {
        SkippedAlready() {
            super("already reported");
        }
    }

    /** .jsonl: one object per line, read as a stream of byte lines (nothing else kept in memory). */
    private final class JsonlCursor implements Cursor {
        private final String origin;
        private final String idBase;
        private final Opener opener;
        private InputStream in;
        private boolean done;
        private boolean sawRecord;
        private int lineNo;
        /** File offset of the next unread byte. */
        private long offset;
        private long lineStart;
        private byte[] line = new byte[1024];
        private int lineLen;

        JsonlCursor(String origin, String idBase, Opener opener) {
            this.origin = origin;
            this.idBase = idBase;
            this.opener = opener;
        }

        @Override
        public Candidate next() {
            try {
                if (in == null && !done && !open()) {
                    close();
                }
                while (!done) {
                    if (!readLine()) {
                        if (!sawRecord) {
                            error(origin, "empty file");
                        }
                        close();
                        break;
                    }
                    lineNo++;
                    Candidate c = parseLine();
                    if (c != null) {
                        return c;
                    }
                }
            } catch (IOException e) {
                error(lineNo > 0 ? origin + ":" + lineNo : origin, "cannot read: " + describe(e));
                close();
            }
            return null;
        }

        /** Opens the file and rejects binary content up front; false (reported) when unusable. */
        private boolean open() throws IOException {
            in = new BufferedInputStream(opener.open(), 65536);
            in.mark(BINARY_PROBE);
            byte[] probe = in.readNBytes(BINARY_PROBE);
            in.reset();
            int nul = StrictUtf8.indexOfNul(probe, 0, probe.length);
            if (nul >= 0) {
                error(origin, "binary file (NUL byte at byte " + nul + "), not text");
                return false;
            }
            return true;
        }

        /** Reads the next line (without its LF / CRLF) into {@code line}; false at end of input. */
        private boolean readLine() throws IOException {
            lineLen = 0;
            lineStart = offset;
            int b;
            while ((b = in.read()) >= 0) {
                offset++;
                if (b == '\n') {
                    break;
                }
                if (lineLen == line.length) {
                    line = Arrays.copyOf(line, line.length * 2);
                }
                line[lineLen++] = (byte) b;
            }
            if (b < 0 && lineLen == 0 && offset == lineStart) {
                return false;
            }
            if (lineLen > 0 && line[lineLen - 1] == '\r') {
                lineLen--;
            }
            return true;
        }

        private Candidate parseLine() {
            if (isBlank()) {
                return null; // blank lines (e.g. a trailing one) are not records
            }
            sawRecord = true;
            String at = origin + ":" + lineNo;
            int nul = StrictUtf8.indexOfNul(line, 0, lineLen);
            if (nul >= 0) {
                error(at, "binary content (NUL byte at byte " + (lineStart + nul) + ")");
                return null;
            }
            String text;
            try {
                text = StrictUtf8.decode(line, 0, lineLen, lineStart);
            } catch (StrictUtf8.InvalidUtf8Exception e) {
                error(at, e.getMessage());
                return null;
            }
            JsonNode node;
            try {
                node = json.readTree(text);
            } catch (JsonProcessingException e) {
                error(at, malformed(e));
                return null;
            }
            if (!node.isObject()) {
                error(at, "expected a JSON object, found " + node.getNodeType().name().toLowerCase(Locale.ROOT));
                return null;
            }
            try {
                return Records.build(node, null, at, idBase + "-" + lineNo);
            } catch (SkipException e) {
                error(at, e.getMessage());
                return null;
            }
        }

        private boolean isBlank() {
            for (int i = 0; i < lineLen; i++) {
                byte b = line[i];
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String origin() {
            return origin;
        }

        @Override
        public void close() {
            done = true;
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // closing a read-only input: nothing useful to do
                }
            }
        }
    }

    private static String kind(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }
}
