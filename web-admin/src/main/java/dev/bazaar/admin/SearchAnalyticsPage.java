package dev.bazaar.admin;

import dev.bazaar.catalog.application.SearchAnalytics;
import dev.bazaar.catalog.application.SearchReport;
import dev.bazaar.web.Outcome;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Search analytics for platform admins ({@code /admin/search-analytics.xhtml?from=...&to=...&query=...}):
 * per day, the searches, those that found nothing and the clicks on found products, and the top queries,
 * the queries that found nothing and the products searches led to; of every query or those containing
 * some words. The choice is in the address, so a view can be bookmarked; a broken date is a message and
 * the last 30 days of every query show instead.
 */
@Named("searchAnalytics")
@RequestScoped
public class SearchAnalyticsPage {

    @EJB
    SearchAnalytics analytics;

    private String from;
    private String to;
    private String query;
    private SearchReport report;

    /** f:viewAction: the report for the dates asked, or for the last 30 days when they are refused. */
    public void load() {
        report = Outcome.summary().attempt(() -> analytics.report(from, to, query)).orElseGet(() -> analytics.report(null, null, null));
    }

    /** A share as a percentage with one decimal: 0.125 reads 12.5 %. */
    public String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f %%", share * 100);
    }

    public SearchReport getReport() {
        return report;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
