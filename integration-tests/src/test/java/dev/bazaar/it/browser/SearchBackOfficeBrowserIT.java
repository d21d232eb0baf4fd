package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.bazaar.it.browser.pages.BackOfficeSignInPage;
import dev.bazaar.it.browser.pages.SearchAnalyticsPage;
import dev.bazaar.it.browser.pages.SearchResultsPage;
import dev.bazaar.it.browser.pages.SearchSynonymsPage;
import dev.bazaar.it.http.TestCatalog;
import dev.bazaar.it.http.TestVendors;

/**
 * Back office → Search (issue 19): a platform admin adds a synonym, the storefront's search finds through
 * it at once, and after the admin removes it the word finds nothing, which the search analytics page then
 * lists among the queries that found nothing.
 */
class SearchBackOfficeBrowserIT extends BrowserTest {

    @Test
    void aSynonymAddedInTheBackOfficeFindsAtOnceUntilItIsRemovedAndAnalyticsListTheSearchThatFoundNothing() throws Exception {
        String word = TestCatalog.madeUpWord();
        TestCatalog.approved(TestVendors.approvedShop(), word + " Stool", "oak", "90", "95");
        String term = TestCatalog.madeUpWord().toLowerCase(Locale.ROOT);
        BackOfficeSignInPage.signIn(browser, DemoAccounts.ADMIN, DemoAccounts.PASSWORD);

        SearchSynonymsPage synonyms = SearchSynonymsPage.open(browser);
        synonyms.add(term, word.toLowerCase(Locale.ROOT), false);
        assertTrue(synonyms.rules().contains(term + " → " + word.toLowerCase(Locale.ROOT)), synonyms.rules());
        browser.screenshot("54-back-office-synonyms");

        SearchResultsPage found = search(term);
        assertEquals("1 product", found.resultCount());
        assertTrue(found.priceOf(word + " Stool").contains("90.00"));

        synonyms = SearchSynonymsPage.open(browser);
        synonyms.remove(term);
        assertTrue(!synonyms.rules().contains(term), synonyms.rules());

        assertEquals("0 products", search(term).resultCount(), "the rule is gone at once");

        SearchAnalyticsPage analytics = SearchAnalyticsPage.awaitWithoutResults(browser, term, term, Duration.ofSeconds(60));
        assertTrue(analytics.topQueries().contains(term), analytics.topQueries());
        browser.screenshot("55-back-office-search-analytics");
    }

    private SearchResultsPage search(String words) {
        browser.open(SearchResultsPage.PATH + "?currency=all&q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
        SearchResultsPage results = new SearchResultsPage(browser);
        results.awaitResultsHeading(words);
        return results;
    }
}
