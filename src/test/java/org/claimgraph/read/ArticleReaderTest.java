package org.claimgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    /** Original filler text, long enough to look like an article body. */
    static final String BODY = "The harbour authority said on Monday that the northern pier would stay closed "
            + "until engineers finish their inspection.\nLocal traders said the closure was hurting business.\n";

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(LanguageGuard.acceptAll());

    record Result(List<Article> articles, List<ReadProblem> problems) {
        List<ReadProblem> errors() {
            return problems.stream().filter(ReadProblem::skipped).toList();
        }

        List<ReadProblem> warnings() {
            return problems.stream().filter(p -> !p.skipped()).toList();
        }

        List<String> ids() {
            return articles.stream().map(Article::id).toList();
        }
    }

    private Result read(Path... inputs) {
        List<ReadProblem> problems = new ArrayList<>();
        try (Stream<Article> s = reader.read(Arrays.asList(inputs), problems::add)) {
            return new Result(s.toList(), problems);
        }
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    /** Asserts exactly one problem, an ERROR, whose text names the file (and whatever else is given). */
    private static void assertOneError(Result r, String... mentions) {
        assertEquals(1, r.problems().size(), () -> "problems: " + r.problems());
        ReadProblem p = r.problems().get(0);
        assertTrue(p.skipped(), p::toString);
        for (String m : mentions) {
            assertTrue(p.toString().contains(m), () -> "'" + p + "' should mention '" + m + "'");
        }
    }

    // ---- formats ----------------------------------------------------------------------------

    @Test
    void textWithFrontMatter() throws IOException {
        Path f = write("a.md", "---\ntitle: Pier closed\ndate: 2022-03-30\nurl: https://news.example.org/pier\n"
                + "publisher: Example Gazette\nid: pier-1\n---\n\n" + BODY);
        Result r = read(f);
        assertEquals(List.of(), r.problems());
        Article a = r.articles().get(0);
        assertEquals("pier-1", a.id());
        assertEquals("Pier closed", a.title());
        assertEquals(LocalDate.of(2022, 3, 30), a.date());
        assertEquals("https://news.example.org/pier", a.url());
        assertEquals("Example Gazette", a.publisher());
        assertEquals(BODY, a.text(), "one blank line stripped, the rest kept exactly");
        assertEquals(f.toString(), a.origin());
    }

    @Test
    void onlyOneLeadingBlankLineIsStripped() throws IOException {
        Result r = read(write("a.txt", "---\ndate: 2022-03-30\n---\n\n\n" + BODY));
        assertEquals("\n" + BODY, r.articles().get(0).text());
    }

    @Test
    void textWithoutFrontMatterIsKeptExactlyAndWarnsAboutMissingDate() throws IOException {
        String text = "  Indented first line.\n" + BODY + "\n";
        Path f = write("plain.txt", text);
        Result r = read(f);
        Article a = r.articles().get(0);
        assertEquals(text, a.text());
        assertNull(a.date());
        assertNull(a.title());
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).message().contains("relative dates"), r.warnings()::toString);
        assertTrue(r.warnings().get(0).toString().startsWith(f + ": warning: "));
    }

    @Test
    void crlfIsNormalisedInHeaderAndBody() throws IOException {
        Result r = read(write("w.txt", "---\r\ntitle: Windows\r\ndate: 2022-03-30\r\n---\r\n\r\nLine one.\r\nLine two.\r\n"));
        assertEquals(List.of(), r.problems());
        assertEquals("Windows", r.articles().get(0).title());
        assertEquals("Line one.\nLine two.\n", r.articles().get(0).text());
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] rest = ("---\ndate: 2022-03-30\n---\n" + BODY).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + rest.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(rest, 0, all, 3, rest.length);
        Result r = read(write("bom.txt", all));
        assertEquals(List.of(), r.problems());
        assertEquals(BODY, r.articles().get(0).text());
    }

    @Test
    void jsonObjectAndArray() throws IOException {
        Path one = write("one.json", "{\"id\":\"j1\",\"title\":\"T\",\"date\":\"2022-03-30\",\"publisher\":\"P\","
                + "\"text\":\"Line\\r\\nnext\",\"extra\":[1,2]}");
        Path many = write("many.json", "[\n {\"date\":\"2022-03-30\",\"text\":\"first\"},\n"
                + " {\"date\":\"2022-03-31\",\"text\":\"second\",\"url\":\"https://www.example.org/a/b.html\"}\n]\n");
        Result r = read(one, many);
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("j1", "many-1", "example.org-a-b"), r.ids());
        assertEquals("Line\nnext", r.articles().get(0).text(), "CRLF normalised in JSON text too");
        assertEquals("P", r.articles().get(0).publisher());
        assertEquals(many + ":2", r.articles().get(1).origin(), "array elements carry their line");
        assertEquals(LocalDate.of(2022, 3, 31), r.articles().get(2).date());
    }

    @Test
    void jsonlLinesWithFallbackIds() throws IOException {
        Path f = write("feed.jsonl", "{\"id\":\"x 1\",\"date\":\"2022-03-30\",\"text\":\"alpha\"}\n\n"
                + "{\"date\":\"2022-03-30\",\"text\":\"beta\"}\r\n"
                + "{\"date\":\"2022-03-30\",\"url\":\"http://example.org/news/item?id=3\",\"text\":\"gamma\"}");
        Result r = read(f);
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("x-1", "feed-3", "example.org-news-item"), r.ids());
        assertEquals(f + ":3", r.articles().get(1).origin());
        assertEquals("beta", r.articles().get(1).text());
    }

    @Test
    void dateFormats() throws IOException {
        Path f = write("d.jsonl", String.join("\n",
                "{\"date\":\"2022-03-30T23:30:00-05:00\",\"text\":\"a\"}",
                "{\"date\":\"March 30, 2022\",\"text\":\"b\"}",
                "{\"date\":\"30 March 2022\",\"text\":\"c\"}",
                "{\"date\":\"30/03/2022\",\"text\":\"d\"}"));
        Result r = read(f);
        assertEquals(4, r.articles().size(), "an unparseable date does not skip the article");
        LocalDate d = LocalDate.of(2022, 3, 30);
        assertEquals(d, r.articles().get(0).date(), "the day as written, not converted to UTC");
        assertEquals(d, r.articles().get(1).date());
        assertEquals(d, r.articles().get(2).date());
        assertNull(r.articles().get(3).date());
        assertEquals(1, r.problems().size(), r.problems()::toString);
        ReadProblem p = r.problems().get(0);
        assertFalse(p.skipped());
        assertEquals(f + ":4", p.origin());
        assertTrue(p.message().contains("'30/03/2022'"), p::toString);
    }

    // ---- ids and directories ----------------------------------------------------------------

    @Test
    void idFromPathRelativeToInputRootAndSortedRecursion() throws IOException {
        String fm = "---\ndate: 2022-03-30\n---\n";
        write("corpus/b.txt", fm + "b");
        write("corpus/a/z.md", fm + "az");
        write("corpus/a/sub/m.txt", fm + "asm");
        write("corpus/C.txt", fm + "C");
        write("corpus/.hidden.txt", fm + "hidden");
        write("corpus/.git/x.txt", fm + "in hidden dir");
        write("corpus/notes.pdf", "not an article");
        write("corpus/a/b c é.txt", fm + "spaces");
        Result r = read(dir.resolve("corpus"));
        assertEquals(List.of(), r.problems(), "hidden and other files are skipped silently");
        assertEquals(List.of("C", "a-b-c-e", "a-sub-m", "a-z", "b"), r.ids());
    }

    @Test
    void givenIdIsSanitised() throws IOException {
        Result r = read(write("x.txt", "---\nid: \"../etc/passwd <x>\"\ndate: 2022-03-30\n---\nText."));
        assertEquals(List.of("etc-passwd-x"), r.ids());
    }

    @Test
    void duplicateIdIsSkippedOnce() throws IOException {
        Path a = write("a.json", "{\"id\":\"same\",\"date\":\"2022-03-30\",\"text\":\"one\"}");
        Path b = write("b.json", "{\"id\":\"same\",\"date\":\"2022-03-30\",\"text\":\"two\"}");
        Result r = read(a, b);
        assertEquals(List.of("one"), r.articles().stream().map(Article::text).toList());
        assertOneError(r, b.toString(), "duplicate", a.toString());
    }

    // ---- bad input: one problem each, batch goes on --------------------------------------

    private Path good() throws IOException {
        return write("good.txt", "---\ndate: 2022-03-30\n---\n" + BODY);
    }

    /** Reads the bad file between two good ones; asserts both good articles and one error. */
    private void assertSkippedAmongGood(Path bad, String... mentions) throws IOException {
        Path good = good();
        Path good2 = write("good2.json", "{\"date\":\"2022-03-30\",\"text\":\"fine\"}");
        Result r = read(good, bad, good2);
        assertEquals(List.of("good", "good2"), r.ids(), () -> "problems: " + r.problems());
        String[] all = Arrays.copyOf(mentions, mentions.length + 1);
        all[mentions.length] = bad.getFileName().toString();
        assertOneError(r, all);
    }

    @Test
    void emptyFile() throws IOException {
        assertSkippedAmongGood(write("empty.txt", ""), "empty file");
        assertSkippedAmongGood(write("empty.jsonl", "\n\n"), "empty file");
    }

    @Test
    void whitespaceOnlyText() throws IOException {
        assertSkippedAmongGood(write("blank.txt", "---\ndate: 2022-03-30\n---\n \n\t\n"), "empty text");
    }

    @Test
    void binaryFile() throws IOException {
        assertSkippedAmongGood(write("bin.txt", new byte[] {'a', 'b', 0, 1, 2}), "binary", "byte 2");
        assertSkippedAmongGood(write("bin.jsonl", new byte[] {'{', 0, '}'}), "binary");
    }

    @Test
    void invalidUtf8() throws IOException {
        byte[] bytes = "caf\u00e9 ok ".getBytes(StandardCharsets.UTF_8); // 9 bytes
        byte[] bad = Arrays.copyOf(bytes, bytes.length + 2);
        bad[bytes.length] = (byte) 0xC3; // starts a 2-byte sequence...
        bad[bytes.length + 1] = (byte) 0x28; // ...that is not continued
        assertSkippedAmongGood(write("latin.txt", bad), "invalid UTF-8 at byte 9");
    }

    @Test
    void invalidUtf8InJsonlLineReportsLineAndFileOffset() throws IOException {
        byte[] first = "{\"date\":\"2022-03-30\",\"text\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] second = "{\"text\":\"x\u00ff\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        Path f = write("mixed.jsonl", all);
        Result r = read(f);
        assertEquals(1, r.articles().size());
        assertOneError(r, f + ":2:", "invalid UTF-8 at byte " + (first.length + 10));
    }

    @Test
    void malformedJson() throws IOException {
        assertSkippedAmongGood(write("broken.json", "{\"text\": \"unterminated"), "malformed JSON");
        assertSkippedAmongGood(write("twice.json", "{\"text\":\"a\"}\n{\"text\":\"b\"}"), "malformed JSON", ":2");
        assertSkippedAmongGood(write("scalar.json", "42"), "expected a JSON object");
    }

    @Test
    void malformedJsonlLineSkipsOnlyThatLine() throws IOException {
        Path f = write("lines.jsonl", "{\"date\":\"2022-03-30\",\"text\":\"one\"}\n"
                + "{\"text\": oops}\n"
                + "{\"date\":\"2022-03-30\",\"text\":\"three\"}\n"
                + "{\"date\":\"2022-03-30\",\"text\":\"four\"} trailing\n"
                + "[1]\n");
        Result r = read(f);
        assertEquals(List.of("one", "three"), r.articles().stream().map(Article::text).toList());
        assertEquals(List.of(f + ":2", f + ":4", f + ":5"), r.problems().stream().map(ReadProblem::origin).toList());
        assertTrue(r.problems().get(0).message().startsWith("malformed JSON: "), r.problems()::toString);
        assertTrue(r.problems().get(1).message().startsWith("malformed JSON: "), r.problems()::toString);
        assertTrue(r.problems().stream().allMatch(ReadProblem::skipped));
        assertTrue(r.problems().get(0).toString().endsWith("(skipped)"));
    }

    @Test
    void missingText() throws IOException {
        assertSkippedAmongGood(write("notext.json", "{\"title\":\"No body\",\"date\":\"2022-03-30\"}"),
                "missing \"text\"");
        Path f = write("notext.jsonl", "{\"title\":\"No body\"}\n");
        assertSkippedAmongGood(f, "notext.jsonl:1", "missing \"text\"");
    }

    @Test
    void jsonArrayElementProblemsSkipOnlyThatElement() throws IOException {
        Path f = write("arr.json", "[\n{\"date\":\"2022-03-30\",\"text\":\"a\"},\n{\"title\":\"t\"},\n\"str\",\n"
                + "{\"date\":\"2022-03-30\",\"text\":\"d\"}\n]");
        Result r = read(f);
        assertEquals(List.of("arr-1", "arr-4"), r.ids());
        assertEquals(List.of(f + ":3", f + ":4"), r.problems().stream().map(ReadProblem::origin).toList());
    }

    @Test
    void malformedFrontMatter() throws IOException {
        assertSkippedAmongGood(write("unclosed.md", "---\ntitle: x\n" + BODY), "front matter", "closing '---'");
        assertSkippedAmongGood(write("badyaml.md", "---\ntitle: [unclosed\ndate: 2022-03-30\n---\n" + BODY),
                "malformed front matter (line 3)", "invalid YAML");
        assertSkippedAmongGood(write("list.md", "---\n- a\n- b\n---\n" + BODY), "malformed front matter");
    }

    @Test
    void missingAndUnsupportedInputs() throws IOException {
        assertSkippedAmongGood(dir.resolve("nope.txt"), "no such file or directory");
        assertSkippedAmongGood(write("report.pdf", "%PDF"), "unsupported file type '.pdf'");
    }

    @Test
    void nonStringFieldsAreWarnedAboutButKept() throws IOException {
        Path f = write("odd.json", "{\"id\": 17, \"title\": {\"a\": 1}, \"date\": \"2022-03-30\", \"text\": \"t\"}");
        Result r = read(f);
        assertEquals(List.of("17"), r.ids());
        assertNull(r.articles().get(0).title());
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).message().contains("'title'"));
    }

    // ---- laziness and resources --------------------------------------------------------------

    /** Counts bytes actually pulled from the underlying input. */
    static final class CountingInput extends FilterInputStream {
        long count;
        boolean closed;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

    @Test
    void jsonlIsReadLazily() throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"date\":\"2022-03-30\",\"text\":\"first\"}\n{\"date\":\"2022-03-30\",\"text\":\"second\"}\n");
        for (int i = 3; i <= 20_000; i++) {
            sb.append("this line is not JSON and would be reported if it were parsed: ").append(i).append('\n');
        }
        byte[] data = sb.toString().getBytes(StandardCharsets.UTF_8);

        // Through files: no problem reported means lines 3.. were never parsed.
        Path f = write("big.jsonl", data);
        List<ReadProblem> problems = new ArrayList<>();
        try (Stream<Article> s = reader.read(List.of(f), problems::add)) {
            assertEquals(List.of("big-1", "big-2"), s.limit(2).map(Article::id).toList());
        }
        assertEquals(List.of(), problems);

        // Through a stream: only a small prefix of the bytes was pulled, and closing closes it.
        CountingInput in = new CountingInput(new ByteArrayInputStream(data));
        try (Stream<Article> s = reader.read("big.jsonl", in, problems::add)) {
            assertEquals(2, s.limit(2).count());
        }
        assertTrue(in.count < data.length / 10, () -> "read " + in.count + " of " + data.length + " bytes");
        assertTrue(in.closed);
        assertEquals(List.of(), problems);
    }

    @Test
    void directoriesAreListedOnlyWhenReached() throws IOException {
        write("d/a.txt", "---\ndate: 2022-03-30\n---\nA");
        write("d/b/c.txt", "---\ndate: 2022-03-30\n---\nC");
        Path later = dir.resolve("later");
        List<ReadProblem> problems = new ArrayList<>();
        try (Stream<Article> s = reader.read(List.of(dir.resolve("d"), later), problems::add)) {
            var it = s.iterator();
            assertEquals("a", it.next().id());
            // Created after reading started: still found, because nothing was listed ahead.
            write("later/x.txt", "---\ndate: 2022-03-30\n---\nX");
            assertEquals("b-c", it.next().id());
            assertEquals("x", it.next().id());
            assertFalse(it.hasNext());
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void classpathStyleInputByName() {
        String doc = "---\ntitle: Sample\ndate: March 30, 2022\n---\n" + BODY;
        List<ReadProblem> problems = new ArrayList<>();
        List<Article> got;
        try (Stream<Article> s = reader.read("samples/pier-report.md",
                new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), problems::add)) {
            got = s.toList();
        }
        assertEquals(List.of(), problems);
        assertEquals("samples-pier-report", got.get(0).id());
        assertEquals("samples/pier-report.md", got.get(0).origin());
        assertEquals(LocalDate.of(2022, 3, 30), got.get(0).date());

        try (Stream<Article> s = reader.read("x.docx", new ByteArrayInputStream(new byte[1]), problems::add)) {
            assertEquals(0, s.count());
        }
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).toString().startsWith("x.docx: unsupported file type"));
    }
}
