package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.claimgraph.annotate.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReaderTest {
    @TempDir
    Path dir;

    private static final String FULL = """
            {"id": "x1", "date": "2022-03-29", "publisher": "test", "text": "Kim said it rained in Oslo.", \
            "attributions": [{"source": [[0, 3]], "cue": [[4, 8]], "content": [[9, 26]], "speaker": "Kim", \
            "speaker_type": "Person", "wikidata": "Q1", "places": ["Oslo"], "statement_date": "2022-03-28", \
            "direct": false}]}""";
    private static final String BARE = """
            {"id": "x2", "text": "It was said to be fine.", "attributions": [{"source": [], "cue": [[3, 11]], \
            "content": [[12, 22]]}, {"source": [], "cue": [[3, 11]], "content": [[12, 14], [18, 22]]}]}""";

    private Path write(String... lines) throws IOException {
        Path f = dir.resolve("gold.jsonl");
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    @Test
    void readsAllFieldsAndOrigins() throws IOException {
        Path f = write(FULL, "", BARE);
        List<GoldArticle> gold = GoldReader.read(f, 0);
        assertEquals(2, gold.size());
        GoldArticle a = gold.get(0);
        assertEquals("x1", a.id());
        assertEquals(LocalDate.of(2022, 3, 29), a.date());
        assertEquals("test", a.publisher());
        assertEquals(f + ":1", a.origin());
        GoldAttribution g = a.attributions().get(0);
        assertEquals(List.of(new Span(0, 3)), g.source());
        assertEquals("Kim", g.source().get(0).of(a.text()));
        assertEquals("Kim", g.speaker());
        assertEquals("Person", g.speakerType());
        assertEquals("Q1", g.wikidata());
        assertEquals(List.of("Oslo"), g.places());
        assertEquals(LocalDate.of(2022, 3, 28), g.statementDate());
        assertEquals(Boolean.FALSE, g.direct());

        GoldArticle b = gold.get(1);
        assertEquals(f + ":3", b.origin()); // the blank line still counts
        assertNull(b.date());
        GoldAttribution bare = b.attributions().get(0);
        assertTrue(bare.source().isEmpty());
        assertNull(bare.speaker());
        assertNull(bare.places());
        assertNull(bare.statementDate());
        assertNull(bare.direct());
        assertEquals(List.of(new Span(12, 14), new Span(18, 22)), b.attributions().get(1).content());
    }

    @Test
    void limitStopsEarly() throws IOException {
        assertEquals(1, GoldReader.read(write(FULL, BARE, "not even json"), 1).size());
    }

    @Test
    void malformedJsonNamesFileAndLine() throws IOException {
        Path f = write(FULL, BARE, "{\"id\": \"x3\", \"text\": ");
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldReader.read(f, 0));
        assertTrue(e.getMessage().startsWith(f + ":3: not valid JSON"), e.getMessage());
    }

    @Test
    void spanOutsideTheTextNamesFileLineAndAttribution() throws IOException {
        Path f = write(BARE.replace("[[12, 22]]", "[[12, 99]]"));
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldReader.read(f, 0));
        assertTrue(e.getMessage().startsWith(f + ":1: attribution 1: \"content\" span [12, 99)"), e.getMessage());
    }

    @Test
    void missingFieldsAndBadDatesAreReported() throws IOException {
        Path noText = write("{\"id\": \"x\", \"attributions\": []}");
        assertTrue(assertThrows(GoldFormatException.class, () -> GoldReader.read(noText, 0)).getMessage()
                .contains(":1: missing string field \"text\""));
        Path badDate = write(FULL.replace("\"statement_date\": \"2022-03-28\"", "\"statement_date\": \"March 28\""));
        assertTrue(assertThrows(GoldFormatException.class, () -> GoldReader.read(badDate, 0)).getMessage()
                .contains(":1: attribution 1: \"statement_date\" is not an ISO date"));
        Path notPair = write(BARE.replace("\"cue\": [[3, 11]], \"content\": [[12, 22]]",
                "\"cue\": [3, 11], \"content\": [[12, 22]]"));
        assertTrue(assertThrows(GoldFormatException.class, () -> GoldReader.read(notPair, 0)).getMessage()
                .contains(":1: attribution 1: \"cue\" piece 3 is not [begin, end]"));
    }

    @Test
    void missingFileIsAnIoError() {
        assertThrows(NoSuchFileException.class, () -> GoldReader.read(dir.resolve("absent.jsonl"), 0));
    }
}
