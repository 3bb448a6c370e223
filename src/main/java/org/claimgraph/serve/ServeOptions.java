package org.claimgraph.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * How to serve the dataset: network interface, port (0 = any free port), the dataset name (the URL
 * path {@code /NAME}), whether SPARQL Update and Graph Store writes are allowed, the password file
 * that protects those writes, and the query timeout.
 *
 * <p>The safety rules live here so that every way of starting a server obeys them: writes are off
 * unless asked for, and a server that accepts writes from other machines must ask for a password.
 */
public record ServeOptions(String host, int port, String name, boolean allowUpdate, Path passwordFile,
                           Duration queryTimeout) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_NAME = "claims";
    /** Long enough for every saved query on a large store, short enough that a runaway query lets go. */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    public ServeOptions {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be empty");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range 0..65535");
        }
        if (name == null || !NAME.matcher(name).matches() || name.equals("id") || name.equals("browse")) {
            throw new IllegalArgumentException("dataset name '" + name
                    + "' must be letters, digits, '_', '-', '.' (it becomes the URL path /NAME) and not 'id' or 'browse'");
        }
        if (queryTimeout == null || queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("query timeout must be positive, got " + queryTimeout);
        }
        if (passwordFile != null) {
            if (!allowUpdate) {
                throw new IllegalArgumentException("--password-file protects writes; it only makes sense with --allow-update");
            }
            if (!Files.isReadable(passwordFile)) {
                throw new IllegalArgumentException("password file " + passwordFile + " is missing or not readable");
            }
        }
        if (allowUpdate && passwordFile == null && !isLoopback(host)) {
            throw new IllegalArgumentException("--allow-update on host " + host
                    + " would let anyone who can reach this machine change the data: give --password-file FILE"
                    + " (lines 'user: password') or serve on 127.0.0.1");
        }
    }

    /** Read-only, no password, default timeout. */
    public ServeOptions(String host, int port, String name) {
        this(host, port, name, false, null, DEFAULT_QUERY_TIMEOUT);
    }

    /** Loopback on the default port, dataset /claims, read-only. */
    public static ServeOptions defaults() {
        return new ServeOptions(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_NAME);
    }

    /** The same options with another query timeout. */
    public ServeOptions withQueryTimeout(Duration timeout) {
        return new ServeOptions(host, port, name, allowUpdate, passwordFile, timeout);
    }

    /** True when only this machine can connect. */
    public boolean isLoopback() {
        return isLoopback(host);
    }

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }
}
