package org.claimgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageGuardTest {

    // Paragraphs written for this test (~300 characters each).
    static final String ENGLISH = "The city council voted on Thursday to rebuild the old footbridge over the river. "
            + "The mayor said the work would start in the spring and last about a year. Residents who cross the "
            + "bridge every day told reporters they were relieved, although some shop owners worried about the "
            + "noise and the detour during construction.";
    static final String GERMAN = "Der Stadtrat hat am Donnerstag beschlossen, die alte Fußgängerbrücke über den Fluss "
            + "neu zu bauen. Die Bürgermeisterin sagte, die Arbeiten würden im Frühling beginnen und etwa ein Jahr "
            + "dauern. Anwohner, die die Brücke täglich überqueren, zeigten sich erleichtert, während einige "
            + "Ladenbesitzer den Lärm und die Umleitung fürchten.";
    static final String FRENCH = "Le conseil municipal a voté jeudi la reconstruction de la vieille passerelle qui "
            + "enjambe la rivière. Le maire a indiqué que les travaux commenceraient au printemps et dureraient "
            + "environ un an. Les habitants qui traversent le pont chaque jour se disent soulagés, mais certains "
            + "commerçants redoutent le bruit et la déviation.";

    /** Loading the model takes a while: once for the whole class. */
    static OpenNlpLanguageGuard guard;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadModel() {
        guard = OpenNlpLanguageGuard.loadBundled();
    }

    @Test
    void detectsGermanAndFrenchAcceptsEnglish() {
        assertEquals(Optional.of("deu"), guard.detectNonEnglish(GERMAN));
        assertEquals(Optional.of("fra"), guard.detectNonEnglish(FRENCH));
        assertEquals(Optional.empty(), guard.detectNonEnglish(ENGLISH));
    }

    @Test
    void shortTextsAreAcceptedBecauseDetectionIsUnreliable() {
        assertEquals(Optional.empty(), guard.detectNonEnglish("Der Stadtrat hat am Donnerstag abgestimmt."));
    }

    @Test
    void readerSkipsNonEnglishWithOneProblemAndKeepsEnglish() throws IOException {
        String fm = "---\ndate: 2022-03-30\n---\n";
        Files.writeString(dir.resolve("de.txt"), fm + GERMAN);
        Files.writeString(dir.resolve("en.txt"), fm + ENGLISH);
        Files.writeString(dir.resolve("fr.jsonl"), "{\"date\":\"2022-03-30\",\"text\":\"" + FRENCH + "\"}\n");
        List<ReadProblem> problems = new ArrayList<>();
        List<Article> articles;
        try (Stream<Article> s = new ArticleReader(guard).read(List.of(dir), problems::add)) {
            articles = s.toList();
        }
        assertEquals(List.of("en"), articles.stream().map(Article::id).toList());
        assertEquals(2, problems.size(), problems::toString);
        assertEquals(dir.resolve("de.txt") + ": not English (detected deu) (skipped)", problems.get(0).toString());
        assertEquals(dir.resolve("fr.jsonl") + ":1: not English (detected fra) (skipped)", problems.get(1).toString());
    }

    @Test
    void sharedGuardIsSafeAcrossThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Optional<String>>> results = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String text = switch (i % 3) {
                    case 0 -> ENGLISH;
                    case 1 -> GERMAN;
                    default -> FRENCH;
                };
                results.add(pool.submit(() -> guard.detectNonEnglish(text)));
            }
            for (int i = 0; i < results.size(); i++) {
                Optional<String> expected = switch (i % 3) {
                    case 0 -> Optional.empty();
                    case 1 -> Optional.of("deu");
                    default -> Optional.of("fra");
                };
                assertEquals(expected, results.get(i).get(), "task " + i);
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS));
    }
}
