package dev.bazaar.catalog.application;

import java.time.LocalDate;
import java.util.List;

/**
 * Search analytics over the UTC days {@code from} to {@code to}, both included, of every query or only
 * those containing the words {@code containing} (normalised; null for every query): each day's searches,
 * searches that found nothing and clicks on a found product; the queries searched most, those that found
 * nothing most often, and the products the searches led to most.
 */
public record SearchReport(LocalDate from, LocalDate to, String containing, List<Day> days, List<QueryFigures> topQueries,
                           List<QueryFigures> withoutResults, List<Click> topClicks) {

    public SearchReport {
        days = List.copyOf(days);
        topQueries = List.copyOf(topQueries);
        withoutResults = List.copyOf(withoutResults);
        topClicks = List.copyOf(topClicks);
    }

    /** One day: {@code clickThrough} is clicks per search (0 when nothing was searched). */
    public record Day(LocalDate day, long searches, long withoutResults, long clicks, double clickThrough) {
    }

    /** One normalised query over the period. */
    public record QueryFigures(String query, long searches, long withoutResults, long clicks, double clickThrough) {
    }

    /** A product opened from the results of a query, and how often. */
    public record Click(String query, long productId, String productName, String productSlug, long clicks) {
    }
}
