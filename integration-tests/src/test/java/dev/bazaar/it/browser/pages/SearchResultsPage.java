package dev.bazaar.it.browser.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import dev.bazaar.it.browser.Browser;

/** The storefront's search results: a card per product, facets to narrow them by. */
public final class SearchResultsPage extends StorefrontPage {

    public static final String PATH = "/search";
    private static final By RESULT_COUNT = By.id("resultCount");

    public SearchResultsPage(Browser browser) {
        super(browser);
    }

    /** Opens the results for {@code query}, as a link to them would. */
    public static SearchResultsPage open(Browser browser, String query) {
        browser.open(PATH + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return new SearchResultsPage(browser);
    }

    /** Opens the search page with nothing searched for yet. */
    public static SearchResultsPage open(Browser browser) {
        browser.open(PATH);
        return new SearchResultsPage(browser);
    }

    public void awaitResultsHeading(String text) {
        browser.awaitText(By.id("resultsHeading"), text);
    }

    /** The note shown when the results are for the words with a typo corrected. */
    public String didYouMeanNote() {
        return browser.text(By.id("didYouMean"));
    }

    public String resultCount() {
        return browser.text(RESULT_COUNT);
    }

    public void awaitResultCount(String text) {
        browser.awaitText(RESULT_COUNT, text);
    }

    /** Follows a facet's value, such as material: cast iron. */
    public void narrowBy(String attribute, String value) {
        browser.click(By.xpath("//div[@data-attribute='" + attribute + "']//a[normalize-space()='" + value + "']"));
    }

    /** Whether the filters show beside the results (wider windows) rather than behind the Filters button (phones). */
    public boolean filtersShown() {
        return browser.find(By.id("filters")).isDisplayed();
    }

    public boolean filtersButtonShown() {
        return browser.find(By.id("filtersToggle")).isDisplayed();
    }

    /** Opens the filters' drawer on a phone and waits until it shows. */
    public void openFilters() {
        browser.awaitClickable(By.id("filtersToggle")).click();
        browser.awaitVisible(By.id("filters"));
    }

    /** A facet's heading and its values as they read, such as "Weight" with "4 kg". */
    public List<String> facet(String attribute) {
        return browser.findAll(By.cssSelector("[data-attribute='" + attribute + "'] h2, [data-attribute='" + attribute + "'] li a"))
                .stream().map(e -> e.getAttribute("textContent").strip()).toList();
    }

    /** The filters chosen so far, as the page lists them. */
    public String chosenFilters() {
        return browser.text(By.className("chosen"));
    }

    /** Whether the first product card's picture has loaded. */
    public boolean firstPictureShown() {
        return browser.imageShown(".product-card .picture img");
    }

    /** The price on the card of the product named {@code name}, once the card shows. */
    public String priceOf(String name) {
        WebElement card = browser.awaitVisible(By.xpath(
                "//li[contains(@class,'product-card')][.//h2[normalize-space()='" + name + "']]"));
        return card.findElement(By.className("price")).getText();
    }

    public ProductPage openProduct(String name) {
        browser.click(By.linkText(name));
        return new ProductPage(browser);
    }

    /** Follows the Shops tab: the shops the same words find. */
    public void openShopsTab() {
        browser.click(By.id("shopsTab"));
        browser.awaitVisible(By.id("shopResults"));
    }

    public String shopCount() {
        return browser.text(By.id("shopCount"));
    }

    /** What the card of the shop at {@code slug} shows (name, place, description, product count), once it shows. */
    public String shopCard(String slug) {
        return browser.awaitVisible(By.cssSelector("li.shop-result[data-shop='" + slug + "']")).getText();
    }

    public ShopPage openShop(String name) {
        browser.click(By.linkText(name));
        return new ShopPage(browser);
    }
}
