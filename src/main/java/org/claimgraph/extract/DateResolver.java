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
 * Finds date expressions in a stretch of text and normalises them against the publication date,
 * as a news reader does.
 *
 * <ul>
 *   <li>Days: "29 March 2022", "March 29", "Nov. 3, 2021", "2022-03-29"; a month and day without a
 *       year is the latest such date not after publication (within a week ahead counts as an
 *       announced schedule). "today", "this morning", "tonight" are the publication day;
 *       "yesterday" (morning, ...) the day before; "tomorrow" the day after.
 *   <li>Weekdays ("on Tuesday", "Tuesday evening", "late Tuesday", "on Tuesday night"): news
 *       reports the past, so a weekday is the most recent such day on or before publication ("on
 *       Tuesday" in a Wednesday paper is yesterday; in a Tuesday paper it is the same day). "last
 *       Tuesday" is strictly before publication. Two simple forward cases: "next Tuesday", and a
 *       weekday in a clause whose verb is future ("will meet on Friday", "is due to ... on
 *       Friday"), which is the next such day on or after publication.
 *   <li>Weeks and months ("last week", "earlier this month", "in November", "November 2021") are
 *       recognised but are not days: they come back with {@link Precision#WEEK} or {@link
 *       Precision#MONTH}, and their {@code date} is only the first day of the period. A statement
 *       date is an xsd:date, and writing a day for "last week" would be a guess, so callers use
 *       them to know that the text dates the clause at a coarser grain (and infer no day), never
 *       as a day.
 * </ul>
 * Nothing is guessed: an expression that cannot be resolved (a weekday without a publication
 * date, an impossible day) is not returned.
 */
public final class DateResolver {
    /** How precise a date expression is. */
    public enum Precision { DAY, WEEK, MONTH }

    /**
     * A date expression and what it denotes.
     *
     * @param date the day; for a week or month, the first day of that period (see {@link #isDay})
     */
    public record DateMention(Span span, LocalDate date, Precision precision) {
        public DateMention(Span span, LocalDate date) {
            this(span, date, Precision.DAY);
        }

        /** True when the expression names one day (only those become statement or event dates). */
        public boolean isDay() {
            return precision == Precision.DAY;
        }
    }

    private static final String MONTH =
            "(January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?![A-Za-z])(?:,?\\s+(\\d{4})\\b)?");
    // "onTuesday" (a missing space) still reads as "on Tuesday".
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(on|last|next|late|early|this)\\s*)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                    + "(?:\\s+(?:morning|afternoon|evening|night))?\\b");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(?:(the\\s+day\\s+before\\s+yesterday|yesterday|today|tonight|tomorrow)"
                    + "(?:\\s+(?:morning|afternoon|evening|night))?"
                    + "|this\\s+(?:morning|afternoon|evening))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEK = Pattern.compile(
            "\\b(this|last|next|earlier\\s+this|later\\s+this)\\s+week\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_RELATIVE = Pattern.compile(
            "\\b(this|last|next|earlier\\s+this|later\\s+this)\\s+month\\b", Pattern.CASE_INSENSITIVE);
    // A month name alone needs a temporal lead word or a year, so "May" the modal or a person's
    // name is not read as a month.
    private static final Pattern MONTH_ALONE = Pattern.compile(
            "\\b(?:(?:[Ii]n|[Dd]uring|[Ss]ince|[Bb]y|[Uu]ntil|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-?)\\s*"
                    + "(?:(?:early|late|mid-?)\\s*)?" + MONTH + "(?![A-Za-z])(?:,?\\s+(\\d{4})\\b)?"
                    + "|" + MONTH + "\\s+(\\d{4})\\b)");
    /** A future verb group before a weekday in the same clause: "will meet on Friday". */
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|shall|(?:is|are)\\s+(?:due|set|scheduled|expected)\\s+to)\\b|['’]ll\\b",
            Pattern.CASE_INSENSITIVE);
    /** How far back (characters, within the clause) a future verb governs a weekday. */
    private static final int FUTURE_REACH = 60;

    /** All resolvable date expressions within {@code range} of {@code text}, in text order. */
    public List<DateMention> find(String text, Span range, LocalDate published) {
        String s = text.substring(range.begin(), range.end());
        List<DateMention> out = new ArrayList<>();
        // Day expressions first: where a day and a coarser expression overlap ("in November 3"),
        // the day wins.
        Matcher m = ISO.matcher(s);
        while (m.find()) {
            add(out, range, m, ofYmd(m.group(1), m.group(2), m.group(3)), Precision.DAY);
        }
        m = MONTH_DAY.matcher(s);
        while (m.find()) {
            add(out, range, m, explicit(month(m.group(1)), m.group(2), m.group(3), published), Precision.DAY);
        }
        m = DAY_MONTH.matcher(s);
        while (m.find()) {
            add(out, range, m, explicit(month(m.group(2)), m.group(1), m.group(3), published), Precision.DAY);
        }
        if (published != null) {
            m = WEEKDAY.matcher(s);
            while (m.find()) {
                DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
                String lead = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
                LocalDate date;
                if (lead.equals("next")) {
                    date = published.with(TemporalAdjusters.next(day));
                } else if (lead.equals("last")) {
                    date = published.with(TemporalAdjusters.previous(day));
                } else if (future(s, m.start())) {
                    date = published.with(TemporalAdjusters.nextOrSame(day));
                } else {
                    date = published.with(TemporalAdjusters.previousOrSame(day));
                }
                add(out, range, m, date, Precision.DAY);
            }
            m = RELATIVE.matcher(s);
            while (m.find()) {
                String w = m.group(1) == null ? "today" : m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                LocalDate date = switch (w) {
                    case "yesterday" -> published.minusDays(1);
                    case "the day before yesterday" -> published.minusDays(2);
                    case "tomorrow" -> published.plusDays(1);
                    default -> published; // today, tonight, this morning/afternoon/evening
                };
                add(out, range, m, date, Precision.DAY);
            }
            m = WEEK.matcher(s);
            while (m.find()) {
                LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                add(out, range, m, monday.plusWeeks(shift(m.group(1))), Precision.WEEK);
            }
            m = MONTH_RELATIVE.matcher(s);
            while (m.find()) {
                add(out, range, m, published.withDayOfMonth(1).plusMonths(shift(m.group(1))), Precision.MONTH);
            }
        }
        m = MONTH_ALONE.matcher(s);
        while (m.find()) {
            boolean named = m.group(1) != null;
            Month month = month(named ? m.group(1) : m.group(3));
            String year = named ? m.group(2) : m.group(4);
            add(out, range, m, monthOf(month, year, published, m.group().toLowerCase(Locale.ROOT).startsWith("next")),
                    Precision.MONTH);
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** Weeks or months from the publication's: "last" -1, "next" +1, "this"/"earlier this" 0. */
    private static int shift(String lead) {
        String l = lead.toLowerCase(Locale.ROOT);
        return l.equals("last") ? -1 : l.equals("next") ? 1 : 0;
    }

    /** Is the weekday at {@code at} governed by a future verb earlier in its clause? */
    private static boolean future(String s, int at) {
        int from = Math.max(0, at - FUTURE_REACH);
        String before = s.substring(from, at);
        int clause = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf('.')),
                Math.max(before.lastIndexOf(';'), Math.max(before.lastIndexOf(':'), before.lastIndexOf('"'))));
        return FUTURE.matcher(before.substring(clause + 1)).find();
    }

    private static void add(List<DateMention> out, Span range, Matcher m, LocalDate date, Precision precision) {
        if (date != null) {
            Span span = new Span(range.begin() + m.start(), range.begin() + m.end());
            if (out.stream().noneMatch(d -> d.span().overlaps(span))) {
                out.add(new DateMention(span, date, precision));
            }
        }
    }

    private static LocalDate ofYmd(String y, String mo, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        } catch (java.time.DateTimeException e) {
            return null;
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

    /** First day of a named month: the latest such month not after publication, or the next one after "next". */
    private static LocalDate monthOf(Month month, String year, LocalDate published, boolean next) {
        if (year != null) {
            return LocalDate.of(Integer.parseInt(year), month, 1);
        }
        if (published == null) {
            return null;
        }
        LocalDate first = LocalDate.of(published.getYear(), month, 1);
        LocalDate current = published.withDayOfMonth(1);
        if (next) {
            return first.isAfter(current) ? first : first.plusYears(1);
        }
        return first.isAfter(current) ? first.minusYears(1) : first;
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
