package dev.bazaar.analytics.domain;

import java.time.LocalDate;
import java.util.List;

import dev.bazaar.kernel.InvalidInputException;

/** The UTC days a report covers, both ends included: the last {@code days} days up to and including today. */
public record Period(LocalDate from, LocalDate to) {

    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 366;

    public Period {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("A period cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The last {@code days} days ending {@code today}; null means {@value #DEFAULT_DAYS}. */
    public static Period lastDays(Integer days, LocalDate today) {
        int length = days == null ? DEFAULT_DAYS : days;
        if (length < 1 || length > MAX_DAYS) {
            throw new InvalidInputException("days", "must be between 1 and " + MAX_DAYS + ", was " + length);
        }
        return new Period(today.minusDays(length - 1L), today);
    }

    public List<LocalDate> days() {
        return from.datesUntil(to.plusDays(1)).toList();
    }
}
