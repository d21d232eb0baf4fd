package dev.bazaar.it.browser.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.openqa.selenium.By;

import dev.bazaar.it.browser.Browser;

/** A platform admin's search analytics: per day, top queries, queries that found nothing, products opened. */
public final class SearchAnalyticsPage extends BackOfficePage {

    public SearchAnalyticsPage(Browser browser) {
        super(browser);
    }

    /**
     * Opens the analytics of the queries containing {@code words}, again every half second until the table of
     * queries that found nothing lists {@code query} (counts reach the page a few seconds after a search).
     */
    public static SearchAnalyticsPage awaitWithoutResults(Browser browser, String words, String query, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        SearchAnalyticsPage page = new SearchAnalyticsPage(browser);
        while (true) {
            browser.open("/admin/search-analytics.xhtml?query=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
            if (page.withoutResults().contains(query)) {
                return page;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the query never showed among those that found nothing: " + page.withoutResults());
            }
            Thread.sleep(500);
        }
    }

    /** The table of queries that found nothing, as it reads. */
    public String withoutResults() {
        return browser.awaitVisible(By.id("withoutResults")).getText();
    }

    public String topQueries() {
        return browser.text(By.id("topQueries"));
    }
}
