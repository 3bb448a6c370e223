package org.claimgraph.read;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Article ids: safe slugs made only of {@code [A-Za-z0-9._-]}, so they can be used verbatim in
 * IRIs ({@code https://claimgraph.org/id/article/{id}}) and file names. Pure functions, no state.
 */
public final class Ids {

    /** Long ids are cut (with a hash suffix so they stay distinct) to keep IRIs and file names sane. */
    public static final int MAX_LENGTH = 120;

    private Ids() {}

    /**
     * Turns any string into a safe slug: accents are dropped (é → e), every run of other characters
     * becomes one '-', leading/trailing '-' and '.' are removed (so no "." or ".." ids). Idempotent
     * on its own output. A string with nothing usable left (e.g. only CJK characters) becomes
     * "id-" plus a short hash of it, so distinct inputs still get distinct, stable ids.
     */
    public static String slug(String raw) {
        String ascii = Normalizer.normalize(raw, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String s = ascii.replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
        if (s.isEmpty()) {
            return "id-" + shortHash(raw);
        }
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH - 9).replaceAll("[-.]+$", "") + "-" + shortHash(raw);
        }
        return s;
    }

    /**
     * Id from a URL: host (without "www.") plus path, e.g.
     * {@code https://www.example.org/world/2022/talks.html} → {@code example.org-world-2022-talks}.
     * Query and fragment are ignored; a trailing ".html"/".htm"/".php"/".aspx"/".shtml" is dropped.
     * Something that does not parse as an absolute URL is slugged as a whole.
     */
    public static String fromUrl(String url) {
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            String host = uri.getHost();
            if (host == null) {
                return slug(trimmed);
            }
            host = host.toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            String path = uri.getPath() == null ? "" : uri.getPath();
            path = path.replaceAll("(?i)\\.(html?|shtml|php|aspx?)$", "");
            return slug(host + "/" + path);
        } catch (URISyntaxException e) {
            return slug(trimmed);
        }
    }

    /**
     * Id from a path relative to the input root, without its extension:
     * {@code 2022/march/talks.txt} → {@code 2022-march-talks}.
     */
    public static String fromRelativePath(String relativePath) {
        String p = relativePath.replace('\\', '/');
        int slash = p.lastIndexOf('/');
        int dot = p.lastIndexOf('.');
        if (dot > slash + 1) {
            p = p.substring(0, dot);
        }
        return slug(p);
    }

    private static String shortHash(String raw) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
