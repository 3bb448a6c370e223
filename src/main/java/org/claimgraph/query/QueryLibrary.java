package org.claimgraph.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The saved queries shipped in the jar under {@code queries/}. A classpath directory cannot be listed
 * portably (jar vs. target/classes), so {@code queries/index.txt} names the files, one per line;
 * QueryLibraryTest checks that the index matches the directory.
 */
public final class QueryLibrary {
    /** Classpath folder of the shipped queries. */
    public static final String RESOURCE_DIR = "queries/";
    public static final String INDEX = RESOURCE_DIR + "index.txt";

    private final Map<String, SavedQuery> byName;

    private QueryLibrary(Map<String, SavedQuery> byName) {
        this.byName = byName;
    }

    /** Loads every query listed in the classpath index, in index order. */
    public static QueryLibrary builtIn() {
        ClassLoader cl = QueryLibrary.class.getClassLoader();
        Map<String, SavedQuery> queries = new LinkedHashMap<>();
        for (String file : readIndex(cl)) {
            String resource = RESOURCE_DIR + file;
            String text = readResource(cl, resource)
                    .orElseThrow(() -> new IllegalStateException(INDEX + " lists " + file + " but " + resource
                            + " is not on the classpath"));
            SavedQuery q = SavedQuery.parse(nameOf(file), "classpath:" + resource, text);
            queries.put(q.name(), q);
        }
        return new QueryLibrary(queries);
    }

    /** The file names listed in the index (blank lines and '#' comments skipped). */
    static List<String> readIndex(ClassLoader cl) {
        String index = readResource(cl, INDEX)
                .orElseThrow(() -> new IllegalStateException("saved query index " + INDEX + " is not on the classpath"));
        List<String> files = new ArrayList<>();
        for (String line : index.split("\\R")) {
            String f = line.strip();
            if (f.isEmpty() || f.startsWith("#")) {
                continue;
            }
            if (!f.endsWith(".rq") || f.contains("/")) {
                throw new IllegalStateException(INDEX + ": '" + f + "' is not a plain NAME.rq file name");
            }
            files.add(f);
        }
        return files;
    }

    public List<SavedQuery> all() {
        return List.copyOf(byName.values());
    }

    public Optional<SavedQuery> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The query with this name; the error lists the known names. */
    public SavedQuery get(String name) {
        SavedQuery q = byName.get(name);
        if (q == null) {
            throw new QueryParamException("no saved query named '" + name + "'; known: "
                    + String.join(", ", byName.keySet()) + " (or give a path to a .rq file)");
        }
        return q;
    }

    /**
     * Resolves a command-line argument: an existing file (or anything ending in {@code .rq}) is read
     * as a query file, otherwise it is a saved query name.
     */
    public SavedQuery resolve(String nameOrFile) {
        Path p = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".rq") || Files.isRegularFile(p)) {
            return loadFile(p);
        }
        return get(nameOrFile);
    }

    /** Reads a saved query from a file; its name is the file name without {@code .rq}. */
    public static SavedQuery loadFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new QueryParamException("query file not found: " + file);
        }
        try {
            return SavedQuery.parse(nameOf(file.getFileName().toString()), file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read query file " + file + ": " + e.getMessage(), e);
        }
    }

    private static String nameOf(String fileName) {
        return fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
    }

    private static Optional<String> readResource(ClassLoader cl, String resource) {
        try (InputStream in = cl.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return Optional.of(r.lines().collect(Collectors.joining("\n", "", "\n")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + resource, e);
        }
    }
}
