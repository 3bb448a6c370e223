package org.claimgraph.read;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads news articles from files and directories as a lazy stream.
 *
 * <p>Formats by extension: {@code .txt}/{@code .md} (optional YAML front matter with
 * {@code title, date, url, publisher, id}), {@code .json} (an object or array of objects with those
 * fields plus {@code text}), {@code .jsonl} (one such object per line). Directories are walked
 * recursively in sorted order (by name, depth first); hidden entries and files of other types are
 * skipped silently there, while an explicitly named unsupported file is reported.
 *
 * <p>Bad input never stops a batch: each skipped file/line/record yields exactly one
 * {@link ReadProblem} with severity ERROR, and reading goes on. Kept articles may come with
 * WARNINGs (missing or unparseable date). Problems are reported synchronously, as the stream is
 * consumed.
 *
 * <p>Nothing is read ahead: directories are listed when reached and jsonl files are read line by
 * line as articles are pulled, so memory stays bounded by one article (or one .json file).
 * Close the stream (try-with-resources) to release an open file when not consuming it to the end.
 *
 * <p>An instance is immutable and may be shared; each returned stream is single-threaded.
 */
public final class ArticleReader {

    private final LanguageGuard languageGuard;
    private final ObjectMapper json;
    private final ObjectMapper yaml;

    /** @param languageGuard rejects non-English texts; {@link LanguageGuard#acceptAll()} disables the check */
    public ArticleReader(LanguageGuard languageGuard) {
        this.languageGuard = Objects.requireNonNull(languageGuard, "languageGuard");
        // Trailing garbage after a jsonl object is a malformed line, not something to ignore.
        this.json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        this.yaml = new YAMLMapper();
    }

    /**
     * Articles from files and directories, in input order (directories in sorted order).
     * A missing path or an unsupported file yields one ERROR problem; the rest is still read.
     *
     * @param inputs   files and/or directories
     * @param problems receives every problem as the stream is consumed
     */
    public Stream<Article> read(List<Path> inputs, Consumer<ReadProblem> problems) {
        Objects.requireNonNull(problems, "problems");
        Cursors cursors = new Cursors(json, yaml, problems);
        return stream(new Batch(new PathWalker(List.copyOf(inputs), cursors, problems), problems));
    }

    /**
     * Articles from one already-open input, e.g. a bundled sample on the classpath. The format
     * is chosen by {@code name}'s extension, {@code name} is the origin in messages and (without
     * extension) the base of derived ids. Closing the stream closes {@code in}.
     */
    public Stream<Article> read(String name, InputStream in, Consumer<ReadProblem> problems) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(problems, "problems");
        Optional<Format> format = Format.of(name);
        if (format.isEmpty()) {
            problems.accept(ReadProblem.error(name, Format.unsupported(name)));
            closeQuietly(in);
            return Stream.empty();
        }
        Cursor cursor = new Cursors(json, yaml, problems)
                .open(format.get(), name, Ids.fromRelativePath(name), () -> in);
        return stream(new Batch(List.of(cursor).iterator(), problems))
                .onClose(() -> closeQuietly(in));
    }

    private static Stream<Article> stream(Batch batch) {
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(batch, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(batch::close);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // read-only input; nothing useful to do
        }
    }

    /**
     * Pulls articles cursor by cursor and applies the checks that need the whole text or the whole
     * batch: language, and unique ids (two articles with one id would be merged into one graph).
     */
    private final class Batch implements Iterator<Article> {
        private final Iterator<Cursor> cursors;
        private final Consumer<ReadProblem> problems;
        /** id → origin of the article that has it; ids only, a few dozen bytes per article. */
        private final Map<String, String> seenIds = new HashMap<>();
        private Cursor current;
        private Article ahead;
        private boolean closed;

        Batch(Iterator<Cursor> cursors, Consumer<ReadProblem> problems) {
            this.cursors = cursors;
            this.problems = problems;
        }

        @Override
        public boolean hasNext() {
            while (ahead == null && !closed) {
                if (current == null) {
                    if (!cursors.hasNext()) {
                        return false;
                    }
                    current = cursors.next();
                }
                Candidate c;
                try {
                    c = current.next();
                } catch (RuntimeException e) {
                    // A bug or an unforeseen input must not end the batch: report it, drop the file.
                    problems.accept(ReadProblem.error(current.origin(), "unexpected error: " + e));
                    c = null;
                }
                if (c == null) {
                    current.close();
                    current = null;
                } else {
                    ahead = accept(c);
                }
            }
            return ahead != null;
        }

        @Override
        public Article next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Article a = ahead;
            ahead = null;
            return a;
        }

        private Article accept(Candidate c) {
            Article a = c.article();
            Optional<String> language = languageGuard.detectNonEnglish(a.text());
            if (language.isPresent()) {
                problems.accept(ReadProblem.error(a.origin(), "not English (detected " + language.get() + ")"));
                return null;
            }
            String first = seenIds.putIfAbsent(a.id(), a.origin());
            if (first != null) {
                problems.accept(ReadProblem.error(a.origin(),
                        "duplicate article id '" + a.id() + "' (already read from " + first + ")"));
                return null;
            }
            c.warnings().forEach(problems);
            return a;
        }

        void close() {
            closed = true;
            ahead = null;
            if (current != null) {
                current.close();
                current = null;
            }
        }
    }

    /**
     * Yields one cursor per readable file, walking directories lazily: a directory is listed
     * (and its entries sorted) only when the walk reaches it.
     */
    private static final class PathWalker implements Iterator<Cursor> {
        private record Frame(Path root, Iterator<Path> entries) {}

        private final Deque<Path> inputs;
        private final Cursors cursors;
        private final Consumer<ReadProblem> problems;
        private final Deque<Frame> stack = new ArrayDeque<>();
        /** Real paths of directories already walked, so symlink loops end. */
        private final Set<Path> visited = new HashSet<>();
        private Cursor ready;

        PathWalker(List<Path> inputs, Cursors cursors, Consumer<ReadProblem> problems) {
            this.inputs = new ArrayDeque<>(inputs);
            this.cursors = cursors;
            this.problems = problems;
        }

        @Override
        public boolean hasNext() {
            while (ready == null) {
                Frame top = stack.peek();
                if (top != null) {
                    if (top.entries().hasNext()) {
                        entry(top.root(), top.entries().next());
                    } else {
                        stack.pop();
                    }
                } else if (!inputs.isEmpty()) {
                    input(inputs.poll());
                } else {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Cursor next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Cursor c = ready;
            ready = null;
            return c;
        }

        /** A path named by the user: everything about it is reported. */
        private void input(Path p) {
            String origin = p.toString();
            if (Files.isDirectory(p)) {
                descend(p, p);
            } else if (Files.isRegularFile(p)) {
                String name = p.getFileName().toString();
                Optional<Format> format = Format.of(name);
                if (format.isPresent()) {
                    ready = cursors.open(format.get(), origin, Ids.fromRelativePath(name), () -> Files.newInputStream(p));
                } else {
                    problems.accept(ReadProblem.error(origin, Format.unsupported(name)));
                }
            } else if (Files.exists(p)) {
                problems.accept(ReadProblem.error(origin, "not a regular file or directory"));
            } else {
                problems.accept(ReadProblem.error(origin, "no such file or directory"));
            }
        }

        /** A path found while walking: hidden entries and other file types are skipped silently. */
        private void entry(Path root, Path p) {
            String name = p.getFileName().toString();
            if (name.startsWith(".")) {
                return;
            }
            if (Files.isDirectory(p)) {
                descend(root, p);
            } else if (Files.isRegularFile(p)) {
                Format.of(name).ifPresent(f -> ready = cursors.open(f, p.toString(),
                        Ids.fromRelativePath(root.relativize(p).toString()), () -> Files.newInputStream(p)));
            }
        }

        private void descend(Path root, Path dir) {
            List<Path> entries;
            try {
                if (!visited.add(dir.toRealPath())) {
                    return; // reached again through a symbolic link
                }
                try (Stream<Path> list = Files.list(dir)) {
                    entries = new ArrayList<>(list.toList());
                }
            } catch (IOException | UncheckedIOException e) {
                IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                problems.accept(ReadProblem.error(dir.toString(), "cannot list directory: " + Cursors.describe(io)));
                return;
            }
            // Sort by plain name (code point order): the same on every platform and locale.
            entries.sort(Comparator.comparing(e -> e.getFileName().toString()));
            stack.push(new Frame(root, entries.iterator()));
        }
    }
}
