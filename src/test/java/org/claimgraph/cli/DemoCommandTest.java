package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimgraph.SampleStore;
import org.claimgraph.query.QueryLibrary;
import org.claimgraph.query.SavedQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @Test
    void demoIngestsTheSampleAndPrintsEverySavedQuery(@TempDir Path dir) {
        IngestAndExtractCommandTest.Run r = IngestAndExtractCommandTest.run("demo", "--db", dir.resolve("db").toString(), "--no-serve");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().contains("10 article(s)"), r.out());
        for (SavedQuery q : QueryLibrary.builtIn().all()) {
            assertTrue(r.out().contains("== " + q.name() + ": " + q.title()), q.name());
        }
        assertTrue(r.out().contains("Russia would drastically reduce military activity near Kyiv and Chernihiv"));
    }

    @Test
    void bundledSampleIndexListsExactlyTheSampleFiles() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(SampleStore.sampleDir())) {
            onDisk = files.map(p -> "sample/" + p.getFileName()).sorted().toList();
        }
        assertEquals(onDisk, DemoCommand.sampleNames().stream().sorted().toList());
        assertEquals(10, onDisk.size());
    }
}
