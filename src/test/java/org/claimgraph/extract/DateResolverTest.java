package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.annotate.Span;
import org.junit.jupiter.api.Test;

/** Each date expression the resolver knows, on made-up sentences. Publication: Wednesday 2022-03-30. */
class DateResolverTest {
    static final LocalDate WEDNESDAY = LocalDate.of(2022, 3, 30);
    final DateResolver resolver = new DateResolver();

    List<DateResolver.DateMention> find(String text, LocalDate published) {
        return resolver.find(text, new Span(0, text.length()), published);
    }

    /** The single mention in {@code text}, checked for its covered words. */
    DateResolver.DateMention only(String text, String covered) {
        List<DateResolver.DateMention> all = find(text, WEDNESDAY);
        assertEquals(1, all.size(), () -> text + " -> " + all);
        assertEquals(covered, all.get(0).span().of(text));
        return all.get(0);
    }

    LocalDate day(String text, String covered) {
        DateResolver.DateMention m = only(text, covered);
        assertTrue(m.isDay(), text);
        return m.date();
    }

    @Test
    void weekdayIsTheLatestSuchDayOnOrBeforePublication() {
        assertEquals(LocalDate.of(2022, 3, 29), day("The mayor spoke on Tuesday.", "on Tuesday"));
        assertEquals(LocalDate.of(2022, 3, 30), day("The mayor spoke on Wednesday.", "on Wednesday"),
                "the publication weekday is the publication day");
        assertEquals(LocalDate.of(2022, 3, 24), day("The mayor spoke on Thursday.", "on Thursday"));
    }

    @Test
    void weekdayWithPartOfDay() {
        assertEquals(LocalDate.of(2022, 3, 29), day("The council met Tuesday evening.", "Tuesday evening"));
        assertEquals(LocalDate.of(2022, 3, 29), day("The council met late Tuesday.", "late Tuesday"));
        assertEquals(LocalDate.of(2022, 3, 29), day("The council met on Tuesday night.", "on Tuesday night"));
        assertEquals(LocalDate.of(2022, 3, 28), day("The port reopened early Monday morning.", "early Monday morning"));
        assertEquals(LocalDate.of(2022, 3, 29), day("The port reopened onTuesday.", "onTuesday"), "a missing space");
    }

    @Test
    void lastAndNextWeekday() {
        assertEquals(LocalDate.of(2022, 3, 23), day("The board voted last Wednesday.", "last Wednesday"),
                "last Wednesday in a Wednesday paper is a week ago");
        assertEquals(LocalDate.of(2022, 4, 1), day("The board votes next Friday.", "next Friday"));
    }

    @Test
    void futureVerbPointsAWeekdayForward() {
        assertEquals(LocalDate.of(2022, 4, 1), day("The ministers will meet on Friday.", "on Friday"));
        assertEquals(LocalDate.of(2022, 4, 4), day("The bridge is due to reopen on Monday.", "on Monday"));
        assertEquals(LocalDate.of(2022, 3, 25), day("The ministers met on Friday and will meet again.", "on Friday"),
                "a future verb after the weekday does not govern it");
        assertEquals(LocalDate.of(2022, 3, 25), day("The mayor, who will retire, spoke on Friday.", "on Friday"),
                "nor does one in another clause");
    }

    @Test
    void relativeDays() {
        assertEquals(WEDNESDAY, day("The talks resumed today.", "today"));
        assertEquals(WEDNESDAY, day("The talks resumed this morning.", "this morning"));
        assertEquals(WEDNESDAY, day("The talks resume tonight.", "tonight"));
        assertEquals(LocalDate.of(2022, 3, 29), day("Yesterday the talks resumed.", "Yesterday"));
        assertEquals(LocalDate.of(2022, 3, 29), day("The talks resumed yesterday afternoon.", "yesterday afternoon"));
        assertEquals(LocalDate.of(2022, 3, 28), day("The talks resumed the day before yesterday.", "the day before yesterday"));
        assertEquals(LocalDate.of(2022, 3, 31), day("The talks resume tomorrow.", "tomorrow"));
    }

    @Test
    void explicitDaysWithAndWithoutYear() {
        assertEquals(LocalDate.of(2021, 11, 3), day("The treaty was signed on Nov. 3, 2021.", "Nov. 3, 2021"));
        assertEquals(LocalDate.of(2021, 11, 3), day("The treaty was signed on November 3.", "November 3"),
                "no year: the latest such day not after publication");
        assertEquals(LocalDate.of(2022, 3, 3), day("The treaty was signed on 3 March.", "3 March"));
        assertEquals(LocalDate.of(2022, 4, 2), day("The vote is on April 2.", "April 2"), "a week ahead: a schedule");
        assertEquals(LocalDate.of(2020, 2, 14), day("The deal of 14th of February 2020 holds.", "14th of February 2020"));
        assertEquals(LocalDate.of(2022, 3, 29), day("The log entry reads 2022-03-29.", "2022-03-29"));
        assertTrue(find("The treaty was signed on February 30.", WEDNESDAY).isEmpty(), "no such day");
    }

    @Test
    void weeksAndMonthsAreNotDays() {
        DateResolver.DateMention week = only("The plan was drafted last week.", "last week");
        assertEquals(DateResolver.Precision.WEEK, week.precision());
        assertEquals(LocalDate.of(2022, 3, 21), week.date(), "the Monday of the week before");
        assertFalse(week.isDay());
        DateResolver.DateMention month = only("The plan was drafted in November.", "in November");
        assertEquals(DateResolver.Precision.MONTH, month.precision());
        assertEquals(LocalDate.of(2021, 11, 1), month.date(), "the latest November not after publication");
        assertEquals(LocalDate.of(2022, 3, 1), only("The plan was drafted earlier this month.", "earlier this month").date());
        assertEquals(LocalDate.of(2019, 6, 1), only("The plan dates from June 2019.", "June 2019").date());
        assertEquals(DateResolver.Precision.MONTH, only("Talks stalled in mid-March.", "in mid-March").precision());
    }

    @Test
    void aDayInsideAMonthExpressionIsTheDay() {
        DateResolver.DateMention m = only("The plan was drafted in November 3, 2021 form.", "November 3, 2021");
        assertTrue(m.isDay());
    }

    @Test
    void wordsThatOnlyLookLikeDates() {
        assertTrue(find("Officials may meet. The Marines left. A Sunday newspaper", null).isEmpty(),
                "no publication date: weekdays are unresolvable, and 'may'/'Marines' are not months");
        assertTrue(find("The mayor said she may resign.", WEDNESDAY).isEmpty());
    }

    @Test
    void weekdaysNeedAPublicationDateButFullDatesDoNot() {
        String t = "On Tuesday, 29 March 2022, the mayor spoke.";
        List<DateResolver.DateMention> none = find(t, null);
        assertEquals(1, none.size());
        assertEquals("29 March 2022", none.get(0).span().of(t));
        assertEquals(2, find(t, WEDNESDAY).size());
    }

    @Test
    void spansAreOffsetByTheRange() {
        String t = "Intro. The mayor spoke on Tuesday.";
        List<DateResolver.DateMention> m = resolver.find(t, new Span(7, t.length()), WEDNESDAY);
        assertEquals("on Tuesday", m.get(0).span().of(t));
    }
}
