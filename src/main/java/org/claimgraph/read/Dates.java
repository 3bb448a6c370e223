package org.claimgraph.read;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Publication dates as they appear in article metadata. */
final class Dates {

    private static final List<DateTimeFormatter> WRITTEN = List.of(
            written("MMMM d, uuuu"), written("MMM d, uuuu"), written("MMM. d, uuuu"),
            written("d MMMM uuuu"), written("d MMM uuuu"), written("d MMM. uuuu"));

    private Dates() {}

    /**
     * Accepts {@code 2022-03-30}, {@code 2022-03-30T10:00:00Z} (or with an offset, or none),
     * {@code March 30, 2022}, {@code Mar 30, 2022}, {@code 30 March 2022}. A timestamp keeps the
     * calendar day as written (no conversion to UTC: the publisher's local day is what "yesterday"
     * in the text refers to).
     */
    static Optional<LocalDate> parse(String raw) {
        String s = raw.strip().replaceAll("\\s+", " ");
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(OffsetDateTime.parse(s).toLocalDate());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(LocalDateTime.parse(s).toLocalDate());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        for (DateTimeFormatter f : WRITTEN) {
            try {
                return Optional.of(LocalDate.parse(s, f));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter written(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }
}
