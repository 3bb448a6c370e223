package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.annotate.Span;

/**
 * Statement dates for one article. A statement takes the date expression of its own sentence
 * (outside the content, nearest the cue). Without one, it takes the nearest date expression
 * earlier in the same paragraph, outside its content: a news paragraph reports one occasion
 * ("On Tuesday, X suggested A. He even stated B."). Nothing else is inferred: a statement
 * whose paragraph names no day before it has no date, as issues 2 and 4 require ("never
 * guess"), even where human annotators filled one in from world knowledge.
 */
final class StatementDates {
    private final List<Span> paragraphs = new ArrayList<>();
    private final List<DateResolver.DateMention> mentions;

    StatementDates(String text, LocalDate published, DateResolver resolver) {
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
        Span paragraph = paragraphs.stream().filter(p -> p.begin() <= cue.begin() && cue.begin() <= p.end())
                .findFirst().orElse(null);
        if (paragraph == null) {
            return null;
        }
        LocalDate latest = null;
        for (DateResolver.DateMention m : mentions) {
            if (m.span().begin() >= paragraph.begin() && m.span().end() <= sentence.begin()
                    && content.stream().noneMatch(x -> x.overlaps(m.span()))) {
                latest = m.date();
            }
        }
        return latest;
    }
}
