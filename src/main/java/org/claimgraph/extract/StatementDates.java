package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.annotate.Span;

/**
 * Statement dates for one article. A statement takes the date expression of its own sentence
 * (outside the content, nearest the cue). Without one it takes the latest date expression
 * earlier in its section: news style names the day of the reported event once ("on Tuesday")
 * and the following paragraphs report the same event. A section runs from one heading line to
 * the next, so a new sub-story does not inherit the previous one's day; a heading itself takes
 * the first date expression of the section it introduces. Failing that, a date expression
 * later in the same paragraph (or inside the content) dates it. Nothing else is guessed: a
 * section without a date expression gives no date.
 */
final class StatementDates {
    /** A line of text and whether it is a heading (short, without closing punctuation). */
    private record Line(Span span, boolean heading) {}

    private static final int MAX_HEADING = 140;

    private final List<Line> lines = new ArrayList<>();
    private final List<DateResolver.DateMention> mentions;

    StatementDates(String text, LocalDate published, DateResolver resolver) {
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                lines.add(new Line(new Span(start, end), isHeading(line)));
            }
            start = end + 1;
        }
        mentions = resolver.find(text, new Span(0, text.length()), published);
    }

    private static boolean isHeading(String line) {
        char last = line.charAt(line.length() - 1);
        boolean closed = last == '.' || last == '!' || last == '?' || last == '"' || last == '”' || last == '\'';
        return line.length() <= MAX_HEADING && !closed;
    }

    /** The date of a statement whose cue is {@code cue}, in {@code sentence}, with {@code content}. */
    LocalDate dateOf(Span sentence, Span cue, List<Span> content) {
        DateResolver.DateMention best = null;
        for (DateResolver.DateMention m : mentions) {
            if (!sentence.contains(m.span()) || content.stream().anyMatch(x -> x.overlaps(m.span()))) {
                continue;
            }
            if (best == null || Math.abs(m.span().begin() - cue.begin()) < Math.abs(best.span().begin() - cue.begin())) {
                best = m;
            }
        }
        if (best != null) {
            return best.date();
        }
        int line = lineOf(cue.begin());
        if (line < 0) {
            return null;
        }
        if (lines.get(line).heading()) {
            return firstInSection(line + 1);
        }
        int sectionStart = line;
        while (sectionStart > 0 && !lines.get(sectionStart).heading()) {
            sectionStart--;
        }
        int from = lines.get(sectionStart).span().begin();
        LocalDate latest = null;
        for (DateResolver.DateMention m : mentions) {
            if (m.span().begin() >= from && m.span().end() <= cue.begin()) {
                latest = m.date();
            }
        }
        if (latest != null) {
            return latest;
        }
        // The lead often names the day after the first report ("X said A. ... on Tuesday"), or
        // only inside the content ("agreed to cut troops near Kyiv on Tuesday").
        Span paragraph = lines.get(line).span();
        for (DateResolver.DateMention m : mentions) {
            if (paragraph.contains(m.span())) {
                return m.date();
            }
        }
        return null;
    }

    private LocalDate firstInSection(int firstLine) {
        for (int k = firstLine; k < lines.size() && !lines.get(k).heading(); k++) {
            Span span = lines.get(k).span();
            for (DateResolver.DateMention m : mentions) {
                if (span.contains(m.span())) {
                    return m.date();
                }
            }
        }
        return null;
    }

    private int lineOf(int offset) {
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).span().begin() <= offset && offset <= lines.get(k).span().end()) {
                return k;
            }
        }
        return -1;
    }
}
