package org.claimgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.annotate.Span;

/**
 * Finds date expressions in a stretch of text and normalises them against the publication
 * date. A weekday means the most recent such day on or before publication; a month and day
 * without a year means the latest such date not after publication. Nothing is guessed: an
 * expression that cannot be resolved is not returned.
 */
public final class DateResolver {
    /** A date expression and the date it denotes. */
    public record DateMention(Span span, LocalDate date) {}

    private static final String MONTH =
            "(January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(?:on|last|late|early|this)\\s*)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                    + "(?:\\s+(?:morning|afternoon|evening|night))?\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(today|yesterday)\\b", Pattern.CASE_INSENSITIVE);

    /** All resolvable date expressions within {@code range} of {@code text}, in text order. */
    public List<DateMention> find(String text, Span range, LocalDate published) {
        String s = text.substring(range.begin(), range.end());
        List<DateMention> out = new ArrayList<>();
        Matcher m = MONTH_DAY.matcher(s);
        while (m.find()) {
            add(out, range, m, explicit(month(m.group(1)), m.group(2), m.group(3), published));
        }
        m = DAY_MONTH.matcher(s);
        while (m.find()) {
            add(out, range, m, explicit(month(m.group(2)), m.group(1), m.group(3), published));
        }
        if (published != null) {
            m = WEEKDAY.matcher(s);
            while (m.find()) {
                DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                add(out, range, m, published.with(TemporalAdjusters.previousOrSame(day)));
            }
            m = RELATIVE.matcher(s);
            while (m.find()) {
                boolean today = m.group(1).equalsIgnoreCase("today");
                add(out, range, m, today ? published : published.minusDays(1));
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    private static void add(List<DateMention> out, Span range, Matcher m, LocalDate date) {
        if (date != null) {
            Span span = new Span(range.begin() + m.start(), range.begin() + m.end());
            if (out.stream().noneMatch(d -> d.span().overlaps(span))) {
                out.add(new DateMention(span, date));
            }
        }
    }

    private static LocalDate explicit(Month month, String day, String year, LocalDate published) {
        try {
            int d = Integer.parseInt(day);
            if (year != null) {
                return LocalDate.of(Integer.parseInt(year), month, d);
            }
            if (published == null) {
                return null;
            }
            LocalDate candidate = LocalDate.of(published.getYear(), month, d);
            // News reports the past: a day later than publication belongs to the previous year,
            // unless it is within a week ahead (announced schedules).
            return candidate.isAfter(published.plusDays(7)) ? candidate.minusYears(1) : candidate;
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(n)) {
                return m;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
