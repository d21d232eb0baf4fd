package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import dev.bazaar.it.browser.pages.ProductPage;
import dev.bazaar.it.browser.pages.SearchResultsPage;
import dev.bazaar.it.browser.pages.ShopPage;
import dev.bazaar.it.browser.pages.StorefrontPage;
import dev.bazaar.it.http.TestCatalog;
import dev.bazaar.it.http.TestReviews;
import dev.bazaar.it.http.TestShopping;
import dev.bazaar.it.http.TestVendors;

/**
 * A shopper searches from the header: finds a product despite a typo, narrows the results by a facet,
 * opens the product and sees the chosen variant's price; sees only the chosen currency selected in the
 * price filter; follows a suggestion while typing; and finds a shop on the Shops tab by a misspelt name, with
 * its rating, in English and in German.
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
    void thePriceFilterSelectsTheChosenCurrencyAndNoOtherOption() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String word = TestCatalog.madeUpWord();
        TestCatalog.approved(shop, word + " Kettle", "cast iron", "399", "459");
        TestCatalog.approvedIn("EUR", TestVendors.approvedShopPaidIn("EUR"), word + " Cup", "porcelain", "4.90", "5.90");

        browser.open("/search?q=" + word + "&currency=NOK");
        List<WebElement> inKroner = browser.select(By.name("currency")).getOptions();
        List<String> chosenInKroner = inKroner.stream().map(o -> o.getAttribute("value") + "=" + o.getDomAttribute("selected")).toList();
        browser.open("/search?q=" + word + "&currency=all");
        List<WebElement> inAll = browser.select(By.name("currency")).getOptions();
        List<String> chosenInAll = inAll.stream().map(o -> o.getAttribute("value") + "=" + o.getDomAttribute("selected")).sorted().toList();

        assertEquals(List.of("NOK=true"), chosenInKroner, "the prices of the chosen currency only, that one selected");
        assertEquals(List.of("EUR=null", "NOK=null"), chosenInAll, "every currency offered, none marked selected (not selected=\"\" on each)");
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

    @Test
    void theShopsTabFindsAShopByAMisspeltNameAndLeadsToItsPage() throws Exception {
        String word = TestCatalog.madeUpWord();
        TestVendors.Shop shop = TestVendors.approvedShop(word + " Pottery");
        TestCatalog.approved(shop, word + " Bowl", "stoneware", "89", "99");
        TestShopping.StockedShop stocked = TestShopping.stockedShop(shop, "SB", 5);
        TestReviews.approvedReview(stocked, 5);
        TestReviews.approvedReview(stocked, 4);
        String typo = TestCatalog.typo(word);

        SearchResultsPage results = SearchResultsPage.open(browser, typo);
        results.openShopsTab();

        assertTrue(results.url().contains("tab=shops"), results.url());
        assertEquals("1 shop", results.shopCount());
        String card = results.shopCard(shop.slug());
        assertTrue(card.contains(word + " Pottery") && card.contains("Norway") && card.contains("2 products"), card);
        assertTrue(card.contains("4.5 out of 5 from 2 reviews"), card);
        assertTrue(browser.text(By.id("shopsDidYouMean")).contains("Did you mean “" + word.toLowerCase() + "”?"));
        browser.screenshot("53-search-shops-tab");

        ShopPage page = results.openShop(word + " Pottery");
        page.awaitName(word + " Pottery");
        assertTrue(page.url().endsWith("/shops/" + shop.slug()), page.url());
        assertTrue(page.rating().contains("★★★★★") && page.rating().contains("4.5 out of 5 from 2 reviews"), page.rating());

        page.chooseLanguage("de");
        browser.open("/search?tab=shops&q=" + typo);
        SearchResultsPage german = new SearchResultsPage(browser);
        assertEquals("1 Laden", german.shopCount());
        assertTrue(german.shopCard(shop.slug()).contains("Norwegen") && german.shopCard(shop.slug()).contains("4,5 von 5 aus 2 Bewertungen"),
                german.shopCard(shop.slug()));
        assertEquals("Läden", browser.text(By.id("shopsTab")));
    }
}
