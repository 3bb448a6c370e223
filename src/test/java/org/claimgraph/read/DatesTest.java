package org.claimgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final Optional<LocalDate> MARCH_30 = Optional.of(LocalDate.of(2022, 3, 30));

    @Test
    void acceptedForms() {
        assertEquals(MARCH_30, Dates.parse("2022-03-30"));
        assertEquals(MARCH_30, Dates.parse("2022-03-30T10:00:00Z"));
        assertEquals(MARCH_30, Dates.parse("2022-03-30T10:00:00"));
        assertEquals(MARCH_30, Dates.parse(" March 30, 2022 "));
        assertEquals(MARCH_30, Dates.parse("march 30, 2022"));
        assertEquals(MARCH_30, Dates.parse("Mar 30, 2022"));
        assertEquals(MARCH_30, Dates.parse("30 March 2022"));
    }

    @Test
    void rejectedForms() {
        assertEquals(Optional.empty(), Dates.parse("30/03/2022"));
        assertEquals(Optional.empty(), Dates.parse("2022-02-30"), "no such day");
        assertEquals(Optional.empty(), Dates.parse("February 30, 2022"), "no such day");
        assertEquals(Optional.empty(), Dates.parse("yesterday"));
    }
}
