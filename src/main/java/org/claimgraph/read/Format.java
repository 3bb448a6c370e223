package org.claimgraph.read;

import java.util.Locale;
import java.util.Optional;

/** Input file formats, chosen by file extension (case-insensitive). */
enum Format {
    /** Plain text or Markdown with optional YAML front matter. */
    TEXT,
    /** One JSON object, or an array of objects. */
    JSON,
    /** One JSON object per line; read line by line. */
    JSONL;

    static final String SUPPORTED = ".txt, .md, .json, .jsonl";

    static Optional<Format> of(String fileName) {
        String ext = extension(fileName).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "txt", "md" -> Optional.of(TEXT);
            case "json" -> Optional.of(JSON);
            case "jsonl" -> Optional.of(JSONL);
            default -> Optional.empty();
        };
    }

    /** The problem text for a file whose type we cannot read. */
    static String unsupported(String fileName) {
        String ext = extension(fileName);
        return (ext.isEmpty() ? "unsupported file type (no extension)" : "unsupported file type '." + ext + "'")
                + "; expected " + SUPPORTED;
    }

    private static String extension(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1);
    }
}
