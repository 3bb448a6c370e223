package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.claimgraph.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Error paths of 'serve' (the running server itself is covered by FusekiLauncherTest). */
class ServeCommandTest {
    private static int run(StringWriter err, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void missingDatabaseFails(@TempDir Path tmp) {
        StringWriter err = new StringWriter();
        assertEquals(1, run(err, "serve", "--db", tmp.resolve("none").toString(), "--port", "0"));
        assertTrue(err.toString().contains("no TDB2 database at"), err.toString());
    }

    @Test
    void badNameOrPortIsUsageError(@TempDir Path tmp) {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "serve", "--db", tmp.toString(), "--name", "a/b"));
        assertTrue(err.toString().contains("dataset name 'a/b'"), err.toString());
        assertEquals(2, run(new StringWriter(), "serve", "--db", tmp.toString(), "--port", "70000"));
    }

    @Test
    void optionsKnowLoopback() {
        assertTrue(ServeOptions.defaults().isLoopback());
        assertEquals(3030, ServeOptions.defaults().port());
        assertEquals("claims", ServeOptions.defaults().name());
        assertTrue(new ServeOptions("localhost", 1, "x").isLoopback());
        assertTrue(!new ServeOptions("0.0.0.0", 1, "x").isLoopback());
    }
}
