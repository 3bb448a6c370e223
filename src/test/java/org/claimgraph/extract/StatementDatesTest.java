package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.annotate.Span;
import org.junit.jupiter.api.Test;

/**
 * The fallback order of statement dates, on made-up texts with hand-placed spans (no annotator):
 * the cue's sentence, then earlier in the paragraph, then the article's news day.
 * Publication: Thursday 2022-03-31, so "Monday" is 2022-03-28 and "Tuesday" 2022-03-29.
 */
class StatementDatesTest {
    static final LocalDate THURSDAY = LocalDate.of(2022, 3, 31);
    static final LocalDate MONDAY = LocalDate.of(2022, 3, 28);
    static final LocalDate TUESDAY = LocalDate.of(2022, 3, 29);

    static final String TEXT = String.join("\n",
            "The storm reached the coast on Monday. Mayor Lena Ortiz said roads were closed.",
            "On Tuesday, engineer Tom Vale said the dam held. He added that the river was falling.",
            "Last week, the council said repairs were planned. It said crews were ready.",
            "Ortiz said the water would be gone by Tuesday.",
            "Vale, who flies out next Friday, said the pumps worked.");

    /** The span of the first occurrence of {@code words} in {@code text}. */
    static Span at(String text, String words) {
        int i = text.indexOf(words);
        if (i < 0) {
            throw new AssertionError("'" + words + "' not in the test text");
        }
        return new Span(i, i + words.length());
    }

    /** The sentence of {@code text} (ended by ". " or a line end) around {@code words}. */
    static Span sentence(String text, String words) {
        int i = text.indexOf(words);
        int b = Math.max(text.lastIndexOf(". ", i) + 2, text.lastIndexOf('\n', i) + 1);
        int e = text.indexOf('.', i) + 1;
        return new Span(b, e);
    }

    /** The date of the statement whose cue is the first "said"/"added" in {@code context}. */
    static StatementDates.Dated date(StatementDates dates, String text, String context, String content) {
        int i = at(text, context).begin();
        int c = text.indexOf(context.contains("added") ? "added" : "said", i);
        Span cue = new Span(c, c + (context.contains("added") ? 5 : 4));
        return dates.dateOf(sentence(text, context), cue, List.of(at(text, content)));
    }

    StatementDates dates(String text, LocalDate published, List<Span> quotes, String... contents) {
        return new StatementDates(text, published, new DateResolver(), quotes,
                java.util.Arrays.stream(contents).map(c -> at(text, c)).toList());
    }

    StatementDates sample() {
        return dates(TEXT, THURSDAY, List.of(), "roads were closed", "the dam held", "the river was falling",
                "repairs were planned", "crews were ready", "the water would be gone by Tuesday", "the pumps worked");
    }

    @Test
    void ownSentenceFirst() {
        assertEquals(new StatementDates.Dated(TUESDAY, DateBasis.EXPLICIT), date(sample(), TEXT, "engineer Tom Vale said", "the dam held"));
    }

    @Test
    void thenEarlierInTheParagraph() {
        assertEquals(new StatementDates.Dated(TUESDAY, DateBasis.PARAGRAPH), date(sample(), TEXT, "added", "the river was falling"));
        assertEquals(new StatementDates.Dated(MONDAY, DateBasis.PARAGRAPH), date(sample(), TEXT, "Ortiz said", "roads were closed"),
                "the lede's first sentence dates the second");
    }

    @Test
    void aWeekExpressionDatesTheStatementButNotToADay() {
        assertNull(date(sample(), TEXT, "the council said", "repairs were planned"), "'last week' is not a day");
        assertNull(date(sample(), TEXT, "It said", "crews were ready"),
                "nor does the news day override the paragraph's 'last week'");
    }

    @Test
    void aDateInsideTheContentDatesTheReportedEventNotTheStatement() {
        assertEquals(new StatementDates.Dated(MONDAY, DateBasis.NEWS_DAY),
                date(sample(), TEXT, "Ortiz said the water", "the water would be gone by Tuesday"),
                "falls through to the lede's day");
    }

    @Test
    void aFutureDayIsPassedOver() {
        assertEquals(new StatementDates.Dated(MONDAY, DateBasis.NEWS_DAY), date(sample(), TEXT, "said the pumps", "the pumps worked"),
                "'next Friday' is after publication: nobody said it then");
    }

    @Test
    void newsDayIsTheLedesFirstDay() {
        assertEquals(MONDAY, sample().newsDay());
    }

    @Test
    void newsDayIgnoresQuotationsContentsAndOldDays() {
        String t = String.join("\n",
                "The envoy arrived on 2 March. \"We talked on Sunday,\" she said.",
                "Officials said the border opened on Monday.",
                "On Tuesday, the envoy said little.",
                "",
                "Later, aides said she was tired.");
        StatementDates d = dates(t, THURSDAY, List.of(at(t, "\"We talked on Sunday,\"")),
                "We talked on Sunday", "the border opened on Monday", "little", "she was tired");
        assertEquals(TUESDAY, d.newsDay(), "2 March is weeks before publication, Sunday is quoted, Monday is reported content");
        assertEquals(new StatementDates.Dated(TUESDAY, DateBasis.NEWS_DAY), date(d, t, "aides said", "she was tired"));
    }

    @Test
    void withoutALedeDayTheLatestRecentDayOfTheNarration() {
        String t = String.join("\n", "Aides said the envoy was tired.", "Talks stalled.", "Nothing moved.",
                "The envoy landed on Monday.", "She left on Tuesday.", "In 2019 she visited on 3 March.");
        StatementDates d = dates(t, THURSDAY, List.of(), "the envoy was tired");
        assertEquals(TUESDAY, d.newsDay());
        assertEquals(new StatementDates.Dated(TUESDAY, DateBasis.NEWS_DAY), date(d, t, "Aides said", "the envoy was tired"));
    }

    @Test
    void noDayAnywhereOrNoPublicationDateMeansNoDate() {
        String t = "Aides said the envoy was tired. She left on Tuesday.";
        assertNull(date(dates(t, null, List.of(), "the envoy was tired"), t, "Aides said", "the envoy was tired"),
                "a weekday needs a publication date");
        String plain = "Aides said the envoy was tired.";
        assertNull(date(dates(plain, THURSDAY, List.of(), "the envoy was tired"), plain, "Aides said", "the envoy was tired"));
    }
}
