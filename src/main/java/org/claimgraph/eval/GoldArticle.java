package org.claimgraph.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One article of a gold file.
 *
 * @param id           article id
 * @param date         publication date, null when the gold gives none
 * @param publisher    publisher, may be null
 * @param text         the text all gold spans index into
 * @param attributions its gold attributions
 * @param origin       "file:line" where it was read, for messages
 */
public record GoldArticle(String id, LocalDate date, String publisher, String text,
                          List<GoldAttribution> attributions, String origin) {
    public GoldArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        attributions = List.copyOf(attributions);
        Objects.requireNonNull(origin, "origin");
    }
}
