package dev.bazaar.analytics.domain;

import java.time.LocalDate;

/** One day's figures in one currency, for a shop or for the whole platform. */
public record DayFigures(LocalDate day, String currency, long orders, long units, long amountMinor) {
}
