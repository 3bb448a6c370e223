package org.claimgraph.serve;

import java.util.regex.Pattern;

/**
 * How to serve the dataset: network interface, port (0 = any free port) and the dataset name,
 * which becomes the URL path {@code /NAME}.
 */
public record ServeOptions(String host, int port, String name) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_NAME = "claims";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    public ServeOptions {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be empty");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range 0..65535");
        }
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("dataset name '" + name
                    + "' must be letters, digits, '_', '-', '.' (it becomes the URL path /NAME)");
        }
    }

    /** Loopback on the default port, dataset /claims. */
    public static ServeOptions defaults() {
        return new ServeOptions(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_NAME);
    }

    /** True when only this machine can connect. */
    public boolean isLoopback() {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }
}
