package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import dev.bazaar.it.browser.PageAudit.Viewport;
import dev.bazaar.it.browser.pages.CartPage;
import dev.bazaar.it.browser.pages.ProductPage;
import dev.bazaar.it.browser.pages.SearchResultsPage;
import dev.bazaar.it.browser.pages.StorefrontPage;
import dev.bazaar.it.browser.pages.StorefrontSignInPage;
import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.Http;
import dev.bazaar.it.http.TestAccounts;
import dev.bazaar.it.http.TestCatalog;
import dev.bazaar.it.http.TestShopping;
import dev.bazaar.it.http.TestVendors;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The storefront as the demo shopper sees it on a laptop (1366 x 900) and on a phone (390 x 844):
 * every page fits the window without sideways scrolling and has no serious or critical axe-core
 * violation; the phone's header keeps its links in a menu drawer and search keeps its filters in
 * another; the add-to-cart button stays whole and in reach; the footer's pages and a branded 404
 * page exist; facts, options and messages read as words. Screenshots of each page at both widths are
 * saved under target/screenshots.
 */
class StorefrontLayoutBrowserIT extends BrowserTest {

    private static final String WORD = TestCatalog.madeUpWord();
    private static final String PRODUCT = WORD + " Lantern";
    private static String slug;
    private static String orderNumber;

    /**
     * A product with a yes/no fact, a weight and a capacity, sizes S and L in stock, featured on the
     * home page; and an order of the demo shopper's, whose cart starts empty.
     */
    @BeforeAll
    static void aFactfulProductAndAnOrder() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        slug = "lantern-" + UUID.randomUUID().toString().substring(0, 8);
        String body = Json.createObjectBuilder(Json.createReader(new StringReader(TestCatalog.product(slug, "LANT", "199", "249"))).readObject())
                .add("name", PRODUCT)
                .add("brand", "Lumen")
                .add("attributes", Json.createArrayBuilder()
                        .add(attribute("material", "TEXT", "brass"))
                        .add(attribute("handmade", "BOOLEAN", "true"))
                        .add(attribute("weight_kg", "NUMBER", "4"))
                        .add(attribute("capacity_ml", "NUMBER", "350")))
                .build().toString();
        var created = Http.withToken("POST", "/api/v1/vendor/products", shop.owner().accessToken(), body);
        assertEquals(201, created.statusCode(), created.body());
        TestShopping.StockedShop stocked = TestShopping.stocked(shop, Http.json(created).getJsonNumber("id").longValue(), "LANT", 50);
        var featured = Http.withToken("PUT", "/api/v1/admin/products/" + stocked.productId() + "/featured",
                TestAccounts.admin().accessToken(), "{\"featured\": true}");
        assertEquals(200, featured.statusCode(), featured.body());

        Database.update("delete from cart where customer_id = (select id from app_user where email = ?)", DemoAccounts.SHOPPER);
        TestAccounts.LoggedIn shopper = TestAccounts.logIn(0, DemoAccounts.SHOPPER, DemoAccounts.PASSWORD);
        var added = TestShopping.add(shopper.accessToken(), null, stocked.small(), 1);
        assertEquals(201, added.statusCode(), added.body());
        orderNumber = TestShopping.placedOrder(shopper).getString("number");
    }

    private static JsonObject attribute(String name, String kind, String value) {
        return Json.createObjectBuilder().add("name", name).add("kind", kind).add("value", value).build();
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void everyShoppingPageFitsTheWindowAndPassesAxe(Viewport viewport) throws IOException {
        PageAudit audit = new PageAudit(browser).use(viewport);

        StorefrontSignInPage signIn = StorefrontSignInPage.open(browser);
        audit.check("70-sign-in");
        signIn.signInAs(DemoAccounts.SHOPPER, DemoAccounts.PASSWORD);
        signIn.awaitLeft();

        StorefrontPage home = StorefrontPage.open(browser, "/");
        home.awaitMainText("Featured");
        audit.check("71-home");
        assertEquals(List.of("About Bazaar", "Our shops", "Sell on Bazaar", "Help", "Terms", "Privacy"), home.footerLinks());
        if (viewport == Viewport.PHONE) {
            assertTrue(home.menuButtonShown(), "a phone's header has a menu button");
            assertFalse(browser.find(By.id("accountLink")).isDisplayed(), "the account links wait in the drawer");
            home.openMenu();
            assertEquals("true", home.menuButtonExpanded());
            assertTrue(home.accountLinksShown(), "the drawer shows the account's links");
            audit.checkWindow("72-menu-open");
            browser.find(By.id("accountLink")).sendKeys(Keys.ESCAPE);
            browser.wait.until(d -> !d.findElement(By.id("siteMenu")).isDisplayed());
            assertEquals("false", home.menuButtonExpanded());
            assertEquals("menuToggle", browser.driver.switchTo().activeElement().getAttribute("id"), "Escape gives focus back to the button");
        } else {
            assertFalse(home.menuButtonShown());
            assertTrue(home.accountLinksShown(), "a laptop's header shows the account links");
        }

        SearchResultsPage search = SearchResultsPage.open(browser, WORD);
        search.awaitResultCount("1 product");
        audit.check("73-search");
        if (viewport == Viewport.PHONE) {
            assertFalse(search.filtersShown(), "a phone shows the products first, the filters behind a button");
            search.openFilters();
            assertTrue(audit.fullyInView(By.id("filters")), "the filters' drawer fits the screen");
            audit.checkWindow("74-search-filters-open");
        } else {
            assertTrue(search.filtersShown());
            assertFalse(search.filtersButtonShown());
        }

        ProductPage product = ProductPage.open(browser, slug);
        product.awaitName(PRODUCT);
        audit.check("75-product");
        assertTrue(audit.fullyInView(ProductPage.ADD_TO_CART), "Add to cart shows whole in the first screen");
        assertEquals("Add to cart", browser.find(ProductPage.ADD_TO_CART).getAttribute("value"));
        browser.driver.executeScript("window.scrollTo(0, document.documentElement.scrollHeight);");
        if (viewport == Viewport.PHONE) {
            assertTrue(audit.fullyInView(ProductPage.ADD_TO_CART), "on a phone Add to cart stays in reach at the page's end");
            browser.screenshot("75-product-scrolled-" + viewport.width);
        }
        product.addToCart();
        product.awaitToCartLink();

        CartPage cart = home.openCart();
        cart.awaitShops(1);
        audit.check("76-cart");
        WebElement remove = browser.find(By.cssSelector(".cart-line input.remove"));
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", remove);
        assertTrue(audit.fullyInView(By.cssSelector(".cart-line input.remove")), "Remove shows whole beside its line");

        cart.checkout().awaitHeading("Checkout");
        audit.check("77-checkout");

        browser.open("/order.xhtml?number=" + orderNumber);
        browser.awaitVisible(By.id("orderTitle"));
        audit.check("78-order");

        browser.open("/about.xhtml");
        audit.check("79-about");
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void aMistypedAddressShowsTheBrandedNotFoundPage(Viewport viewport) throws IOException {
        PageAudit audit = new PageAudit(browser).use(viewport);

        browser.open("/no-such-page-" + WORD);

        StorefrontPage page = new StorefrontPage(browser);
        assertEquals("We can't find that page", page.heading());
        assertEquals(404, browser.fetchStatus("/no-such-page-" + WORD));
        assertTrue(browser.has(By.cssSelector(".site-header .brand")), "the storefront's header");
        assertEquals(6, page.footerLinks().size(), "the storefront's footer");
        audit.check("80-not-found");
    }

    @Test
    void aFormSentFromAForgottenPageShowsTheBrandedExpiredPage() {
        StorefrontSignInPage signIn = StorefrontSignInPage.open(browser);
        browser.driver.manage().deleteAllCookies(); // the session that kept the page's view ends, as after a timeout

        signIn.tryToSignInAs(DemoAccounts.SHOPPER, DemoAccounts.PASSWORD);

        StorefrontPage expired = new StorefrontPage(browser);
        expired.awaitHeading("This page has expired");
        assertEquals(6, expired.footerLinks().size(), "the storefront's footer");
    }

    @Test
    void theFootersPagesAreRealPages() throws IOException {
        StorefrontPage.open(browser, "/");
        for (String page : List.of("about", "shops", "help", "terms", "privacy")) {
            assertEquals(200, browser.fetchStatus("/" + page + ".xhtml"), page);
        }
        StorefrontPage.open(browser, "/shops.xhtml").awaitMainText("Nordic Kitchen Co.");
        new PageAudit(browser).check("81-shops");
    }

    @Test
    void factsAndOptionsReadAsWords() {
        SearchResultsPage search = SearchResultsPage.open(browser, WORD);
        search.awaitResultCount("1 product");

        assertEquals(List.of("Handmade", "Yes"), search.facet("handmade"));
        assertEquals(List.of("Weight", "4 kg"), search.facet("weight_kg"));
        assertEquals(List.of("Capacity", "350 ml"), search.facet("capacity_ml"));
        search.narrowBy("handmade", "Yes");
        search.awaitUrl("attr=handmade%3Atrue");
        assertTrue(search.chosenFilters().contains("Handmade: Yes"), search.chosenFilters());

        ProductPage product = search.openProduct(PRODUCT);
        product.awaitName(PRODUCT);
        assertEquals("Size", product.variantLabel());
        assertTrue(product.details().containsAll(List.of("Handmade: Yes", "Weight: 4 kg", "Capacity: 350 ml", "Material: brass")),
                product.details().toString());
        assertTrue(product.vendorLine().contains("Brand: Lumen"), product.vendorLine());
    }

    @Test
    void theShopIsNotRepeatedAsTheBrand() {
        ProductPage skillet = ProductPage.open(browser, "cast-iron-skillet-26");
        skillet.awaitName("Cast Iron Skillet 26 cm");

        assertEquals("Sold by Nordic Kitchen Co.", skillet.vendorLine());
    }

    @Test
    void featuredAndNewInNeverShowTheSameProduct() {
        StorefrontPage.open(browser, "/").awaitMainText("Featured");

        List<String> featured = productIds("#featured");
        List<String> newest = productIds("#newest");

        assertTrue(featured.contains(productId()), "the newly featured product is featured");
        assertTrue(newest.stream().noneMatch(featured::contains), "New in repeats " + featured + " in " + newest);
        assertFalse(newest.isEmpty());
    }

    @Test
    void enterWhileSuggestionsShowSearchesOrFollowsTheHighlightedOne() {
        StorefrontPage home = StorefrontPage.open(browser, "/");
        home.typeInSearch(WORD);
        home.awaitSuggestion(PRODUCT);

        browser.find(By.id("searchForm:q_input")).sendKeys(Keys.ENTER);

        new SearchResultsPage(browser).awaitResultsHeading("Results for “" + WORD + "”");

        StorefrontPage again = StorefrontPage.open(browser, "/");
        again.typeInSearch(WORD);
        again.awaitSuggestion(PRODUCT);
        browser.find(By.id("searchForm:q_input")).sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        new ProductPage(browser).awaitName(PRODUCT);
    }

    @Test
    void aRefusedAddIsShownAsAnErrorNotAsSuccess() {
        ProductPage product = ProductPage.open(browser, slug);
        product.awaitName(PRODUCT);
        product.setQuantity("999");

        product.addToCart();

        WebElement message = product.awaitCartMessage();
        assertTrue(message.getAttribute("class").contains("message-error"), message.getAttribute("class") + ": " + message.getText());
        assertEquals("rgba(253, 236, 236, 1)", message.getCssValue("background-color"), "the palette's --error-bg");
    }

    private List<String> productIds(String section) {
        return browser.findAll(By.cssSelector(section + " .product-card")).stream().map(card -> card.getAttribute("data-product-id")).toList();
    }

    private static String productId() {
        return Database.single("select id from product where slug = ?", slug).orElseThrow();
    }
}
