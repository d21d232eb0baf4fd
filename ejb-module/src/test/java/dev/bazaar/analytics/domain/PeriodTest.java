package dev.bazaar.analytics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.bazaar.kernel.InvalidInputException;

class PeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void theLastDaysEndTodayAndIncludeIt() {
        Period week = Period.lastDays(3, TODAY);

        assertEquals(LocalDate.of(2026, 2, 28), week.from());
        assertEquals(TODAY, week.to());
        assertEquals(List.of(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1), TODAY), week.days());
    }

    @Test
    void withoutANumberAReportCoversThirtyDays() {
        assertEquals(30, Period.lastDays(null, TODAY).days().size());
        assertEquals(1, Period.lastDays(1, TODAY).days().size());
        assertEquals(366, Period.lastDays(366, TODAY).days().size());
    }

    @Test
    void fewerThanOneOrMoreThanAYearOfDaysIsRefusedNamingTheField() {
        for (int days : new int[] {0, -5, 367}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Period.lastDays(days, TODAY));
            assertEquals("must be between 1 and 366, was " + days, refused.fieldErrors().get("days"));
        }
    }
}
