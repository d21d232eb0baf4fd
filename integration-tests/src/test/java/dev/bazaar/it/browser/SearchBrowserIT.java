package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.bazaar.it.browser.pages.ProductPage;
import dev.bazaar.it.browser.pages.SearchResultsPage;
import dev.bazaar.it.browser.pages.StorefrontPage;
import dev.bazaar.it.http.TestCatalog;
import dev.bazaar.it.http.TestVendors;

/**
 * A shopper searches from the header: finds a product despite a typo, narrows the results by a facet,
 * opens the product and sees the chosen variant's price; and follows a suggestion while typing.
 */
class SearchBrowserIT extends BrowserTest {

    @Test
    void aTypoStillFindsTheProductAFacetNarrowsAndTheVariantPriceShows() throws Exception {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String word = TestCatalog.madeUpWord();
        TestCatalog.approved(shop, word + " Kettle", "cast iron", "399", "459");
        TestCatalog.approved(shop, word + " Cup", "porcelain", "49", "59");
        String typo = TestCatalog.typo(word);

        SearchResultsPage results = StorefrontPage.open(browser, "/").search(typo);

        results.awaitResultsHeading(typo);
        assertTrue(results.didYouMeanNote().contains("Did you mean “" + word.toLowerCase() + "”?"), results.didYouMeanNote());
        assertEquals("2 products", results.resultCount());
        browser.screenshot("50-search-typo");

        results.narrowBy("material", "cast iron");
        results.awaitResultCount("1 product");
        assertTrue(results.url().contains("attr=material%3Acast+iron"), results.url());
        assertTrue(results.chosenFilters().contains("Material: cast iron"), results.chosenFilters());
        browser.screenshot("51-search-facet");

        ProductPage kettle = results.openProduct(word + " Kettle");
        kettle.awaitName(word + " Kettle");
        assertTrue(kettle.variantPrice().contains("399.00"));
        kettle.chooseVariant("L (sold out)");
        kettle.awaitVariantPrice("459.00");
    }

    @Test
    void aSuggestionLeadsStraightToTheProduct() throws Exception {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String word = TestCatalog.madeUpWord();
        TestCatalog.approved(shop, word + " Lantern", "brass", "120", "140");

        SearchResultsPage search = SearchResultsPage.open(browser);
        search.typeInSearch(word.substring(0, 7));
        StorefrontPage.Suggestion suggestion = search.awaitSuggestion(word + " Lantern");
        browser.screenshot("52-search-suggestions");
        ProductPage lantern = suggestion.follow();

        lantern.awaitName(word + " Lantern");
        assertTrue(lantern.url().endsWith("/p/" + word.toLowerCase() + "-lantern"), lantern.url());
    }
}
