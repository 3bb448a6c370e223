package org.claimgraph.read;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from its source, before any analysis.
 *
 * @param id        stable identifier (given, else derived from url or path)
 * @param title     headline, may be null
 * @param date      publication date, null when unknown; relative dates are resolved against it
 * @param url       canonical URL, may be null
 * @param publisher publisher name, may be null
 * @param text      the article body exactly as spans refer to it
 * @param origin    where it came from ("path" or "path:line"), for messages
 */
public record Article(String id, String title, LocalDate date, String url, String publisher, String text, String origin) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
    }
}
