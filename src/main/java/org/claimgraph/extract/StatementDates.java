package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.annotate.Span;

/**
 * Statement dates for one article, tried in this order (the first that applies decides):
 *
 * <ol>
 *   <li>{@link DateBasis#EXPLICIT}: the date expression of the statement's own sentence nearest
 *       the cue, outside the statement's content and outside quotations ("X said on Tuesday that
 *       ..."). A date inside the content dates what is reported, not the saying.
 *   <li>{@link DateBasis#PARAGRAPH}: the nearest date expression earlier in the same paragraph,
 *       in the narration (outside every quotation and every attribution's content): a news
 *       paragraph reports one occasion ("On Tuesday, X suggested A. He even stated B.").
 *   <li>{@link DateBasis#NEWS_DAY}: the article's news day, the day a news reader takes every
 *       undated statement to be from. It is the first day the lede (the first {@value #LEDE}
 *       paragraphs) names in its narration; if the lede names none, the latest day the
 *       narration names anywhere. Either way only a day within the week up to publication
 *       counts: news reports what happened in the last few days, and older days in an article
 *       are background ("the invasion began on 24 February"). No publication date, no news day.
 * </ol>
 *
 * A week or month expression ("last week", "in November") that is the nearest expression at step 1
 * or 2 stops the search with no date: the text dates that statement, only not to a day, so the
 * news day would contradict it. A day after publication is never a statement date (a report
 * cannot quote what has not yet been said), so such expressions are passed over. Nothing else is
 * inferred: without any of these the statement has no date.
 */
final class StatementDates {
    /** A statement date and how it was obtained. */
    record Dated(LocalDate date, DateBasis basis) {}

    /** Paragraphs that make up the lede (a headline-like first line counts as one). */
    static final int LEDE = 3;
    /** How many days before publication a news day may lie. */
    static final int NEWS_WEEK = 7;

    private final List<Span> paragraphs = new ArrayList<>();
    private final List<DateResolver.DateMention> mentions;
    /** Mentions in the narration: outside quotations and attribution contents. */
    private final List<DateResolver.DateMention> narration = new ArrayList<>();
    private final List<Span> quotations;
    private final LocalDate published;
    private final LocalDate newsDay;

    /**
     * @param quotations quotation spans of the text (dates inside them belong to the quote)
     * @param contents   the content spans of every attribution found in the text
     */
    StatementDates(String text, LocalDate published, DateResolver resolver, List<Span> quotations, List<Span> contents) {
        this.published = published;
        this.quotations = List.copyOf(quotations);
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (!text.substring(start, end).isBlank()) {
                paragraphs.add(new Span(start, end));
            }
            start = end + 1;
        }
        mentions = resolver.find(text, new Span(0, text.length()), published);
        for (DateResolver.DateMention m : mentions) {
            if (quotations.stream().noneMatch(q -> q.overlaps(m.span())) && contents.stream().noneMatch(c -> c.overlaps(m.span()))) {
                narration.add(m);
            }
        }
        newsDay = findNewsDay();
    }

    /** The article's news day, null when it has none (see the class comment). */
    LocalDate newsDay() {
        return newsDay;
    }

    private LocalDate findNewsDay() {
        if (published == null) {
            return null;
        }
        int ledeEnd = paragraphs.isEmpty() ? 0 : paragraphs.get(Math.min(LEDE, paragraphs.size()) - 1).end();
        LocalDate latest = null;
        for (DateResolver.DateMention m : narration) {
            if (!m.isDay() || m.date().isAfter(published) || m.date().isBefore(published.minusDays(NEWS_WEEK))) {
                continue;
            }
            if (m.span().end() <= ledeEnd) {
                return m.date();
            }
            if (latest == null || m.date().isAfter(latest)) {
                latest = m.date();
            }
        }
        return latest;
    }

    /** The date of a statement whose cue is {@code cue}, in {@code sentence}, with {@code content}; null when none. */
    Dated dateOf(Span sentence, Span cue, List<Span> content) {
        DateResolver.DateMention best = null;
        for (DateResolver.DateMention m : mentions) {
            if (!sentence.contains(m.span()) || future(m)
                    || content.stream().anyMatch(x -> x.overlaps(m.span()))
                    || quotations.stream().anyMatch(q -> q.overlaps(m.span()) && !q.overlaps(cue))) {
                continue;
            }
            if (best == null || Math.abs(m.span().begin() - cue.begin()) < Math.abs(best.span().begin() - cue.begin())) {
                best = m;
            }
        }
        if (best != null) {
            return best.isDay() ? new Dated(best.date(), DateBasis.EXPLICIT) : null;
        }
        Span paragraph = paragraphs.stream().filter(p -> p.begin() <= cue.begin() && cue.begin() <= p.end())
                .findFirst().orElse(null);
        DateResolver.DateMention latest = null;
        for (DateResolver.DateMention m : narration) {
            if (paragraph != null && m.span().begin() >= paragraph.begin() && m.span().end() <= sentence.begin()
                    && !future(m)) {
                latest = m;
            }
        }
        if (latest != null) {
            return latest.isDay() ? new Dated(latest.date(), DateBasis.PARAGRAPH) : null;
        }
        return newsDay == null ? null : new Dated(newsDay, DateBasis.NEWS_DAY);
    }

    /** A day after publication, or a period that starts after it. */
    private boolean future(DateResolver.DateMention m) {
        return published != null && m.date().isAfter(published);
    }
}
