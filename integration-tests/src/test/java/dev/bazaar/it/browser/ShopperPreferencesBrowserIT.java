package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.bazaar.it.browser.pages.ProductPage;
import dev.bazaar.it.browser.pages.StorefrontSignInPage;
import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.Http;
import dev.bazaar.it.http.TestAccounts;
import dev.bazaar.it.http.TestCatalog;
import dev.bazaar.it.http.TestShopping;
import dev.bazaar.it.http.TestVendors;

/**
 * The shopper's currency and time zone in the storefront: the header's currency choice is remembered
 * and listings show only products priced in it (with a way to every currency, the others marked); a
 * shopper who has not chosen gets their shipping country's currency; the cart's refusal of another
 * currency is an error, not a success; and times show in the browser's time zone. The test browser
 * speaks en-US, so without a choice or an address its shopper's currency is USD; the tests' shops sell
 * in NOK, the demo shops in EUR, GBP, USD and JPY.
 */
class ShopperPreferencesBrowserIT extends BrowserTest {

    private static final By RESULT_COUNT = By.id("resultCount");
    private static final By CURRENCY_SCOPE = By.id("currencyScope");

    @Test
    void theCurrencyChosenInTheHeaderIsRememberedAndListingsShowOnlyIt() throws Exception {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String word = TestCatalog.madeUpWord();
        TestCatalog.approved(shop, word + " Kettle", "cast iron", "399", "459");
        browser.forgetCurrencyChoice();

        browser.open("/search?q=" + word);
        browser.awaitText(RESULT_COUNT, "0 products");
        assertTrue(browser.text(CURRENCY_SCOPE).contains("Showing products priced in USD."), browser.text(CURRENCY_SCOPE));

        browser.select(By.id("preferencesForm:currency")).selectByValue("NOK");
        browser.click(By.id("preferencesForm:setCurrency"));
        browser.awaitText(RESULT_COUNT, "1 product");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/search?q=" + word), browser.driver.getCurrentUrl());
        assertEquals("NOK", browser.cookie(Browser.CURRENCY_COOKIE), "the choice is kept in a cookie");
        browser.screenshot("80-currency-chosen");

        browser.open("/");
        browser.awaitText(CURRENCY_SCOPE, "Showing products priced in NOK.");
        assertEquals("NOK", browser.select(By.id("preferencesForm:currency")).getFirstSelectedOption().getAttribute("value"),
                "the header shows the remembered choice");
        for (WebElement price : browser.findAll(By.cssSelector(".product-card .price"))) {
            assertTrue(price.getText().contains("NOK"), "the home page lists NOK only: " + price.getText());
        }
        assertFalse(browser.has(By.cssSelector(".other-currency")));

        browser.click(By.id("everyCurrency"));
        browser.awaitUrl("currency=all");
        browser.awaitText(CURRENCY_SCOPE, "Showing products in every currency");
        assertTrue(browser.findAll(By.cssSelector(".product-card .other-currency")).stream()
                .allMatch(marked -> marked.getText().equals("Not in your currency")));
        assertTrue(browser.has(By.cssSelector(".product-card .other-currency")), "products in other currencies are marked");
        browser.screenshot("81-every-currency-marked");

        browser.open("/search?q=" + word);
        browser.awaitText(RESULT_COUNT, "1 product");
    }

    @Test
    void theCurrencyChoiceGoesBackOnlyToAPageOfThisSite() {
        browser.open("/search");
        browser.driver.executeScript("document.getElementById('preferencesForm:returnTo').value = '//example.org/phish';");
        browser.select(By.id("preferencesForm:currency")).selectByValue("GBP");
        browser.click(By.id("preferencesForm:setCurrency"));

        browser.wait.until(ExpectedConditions.urlToBe(Browser.BASE_URL + "/"));
        assertEquals(Browser.BASE_URL + "/", browser.driver.getCurrentUrl(), "another site's address is not followed");
        assertEquals("GBP", browser.cookie(Browser.CURRENCY_COOKIE));
    }

    @Test
    void withoutAChoiceTheCurrencyIsTheDefaultShippingCountrys() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String word = TestCatalog.madeUpWord();
        TestCatalog.approved(shop, word + " Lantern", "brass", "120", "140");
        String email = "krone-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        long id = TestAccounts.registerVerified(email, TestAccounts.PASSWORD, "Kari Nordmann");
        TestAccounts.LoggedIn shopper = TestAccounts.logIn(id, email, TestAccounts.PASSWORD);
        HttpResponse<String> address = Http.withToken("POST", "/api/v1/me/addresses", shopper.accessToken(),
                TestShopping.address("NO").build().toString());
        assertEquals(201, address.statusCode(), address.body());
        browser.forgetCurrencyChoice();

        StorefrontSignInPage.open(browser).signInAs(email, TestAccounts.PASSWORD).awaitSignedInAs(email);
        browser.open("/search?q=" + word);

        browser.awaitText(RESULT_COUNT, "1 product");
        assertTrue(browser.text(CURRENCY_SCOPE).contains("Showing products priced in NOK."),
                "the default address is in Norway, whatever the browser's language says: " + browser.text(CURRENCY_SCOPE));
        assertEquals(null, browser.cookie(Browser.CURRENCY_COOKIE), "a default is not a choice: nothing is remembered");
    }

    @Test
    void aSignedInShoppersCurrencyChoiceIsKeptOnTheAccountAndFollowsThemToAnotherBrowser() throws Exception {
        String email = "currency-" + UUID.randomUUID().toString().substring(0, 10) + "@example.org";
        long account = TestAccounts.registerVerified(email, TestAccounts.PASSWORD, "Cora Currency");
        browser.forgetCurrencyChoice();
        StorefrontSignInPage.open(browser).signInAs(email, TestAccounts.PASSWORD).awaitSignedInAs(email);
        browser.open("/");
        browser.awaitText(CURRENCY_SCOPE, "Showing products priced in USD.");

        browser.select(By.id("preferencesForm:currency")).selectByValue("NOK");
        browser.click(By.id("preferencesForm:setCurrency"));
        browser.awaitText(CURRENCY_SCOPE, "Showing products priced in NOK.");

        assertEquals("NOK", Database.single("select preferred_currency from app_user where id = ?", account).orElseThrow(),
                "the choice is kept on the account");
        try (Browser other = new Browser()) {
            other.forgetCurrencyChoice();
            StorefrontSignInPage.open(other).signInAs(email, TestAccounts.PASSWORD).awaitSignedInAs(email);
            other.open("/");
            other.awaitText(CURRENCY_SCOPE, "Showing products priced in NOK.");
            assertEquals(null, other.cookie(Browser.CURRENCY_COOKIE), "from the account, not from a cookie of this browser");
        }
    }

    @Test
    void anItemInAnotherCurrencyThanTheCartsIsRefusedAsAnError() throws Exception {
        TestShopping.StockedShop krone = TestShopping.stockedShop("PREF", 5);
        String slug = Database.single("select slug from product where id = ?", krone.productId()).orElseThrow();

        ProductPage inKroner = ProductPage.open(browser, slug);
        inKroner.addToCart();
        inKroner.awaitToCartLink();
        ProductPage inEuros = ProductPage.open(browser, "cast-iron-skillet-26");
        inEuros.addToCart();

        WebElement refusal = browser.awaitVisible(By.cssSelector("#buyForm\\:cartMessages li"));
        assertTrue(refusal.getText().contains("is priced in EUR and your cart in NOK"), refusal.getText());
        assertTrue(refusal.getAttribute("class").contains("error-notice"), "styled as an error: " + refusal.getAttribute("class"));
        assertNotEquals("rgba(227, 248, 236, 1)", refusal.getCssValue("background-color"), "not the success box's green");
        assertFalse(browser.has(By.id("toCart")), "nothing was added");
        browser.screenshot("82-currency-refused");
    }

    @Test
    void timesShowInTheBrowsersTimeZone() throws Exception {
        TestShopping.StockedShop shop = TestShopping.stockedShop("ZONE", 5);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(shop.small(), 1);
        TestShopping.placedOrder(customer);
        String tokyo = Database.single("select to_char(placed_at at time zone 'Asia/Tokyo', 'FMDD Mon YYYY HH24:MI')"
                + " from order_group where customer_email = ?", customer.email()).orElseThrow();
        String utc = Database.single("select to_char(placed_at at time zone 'UTC', 'FMDD Mon YYYY HH24:MI')"
                + " from order_group where customer_email = ?", customer.email()).orElseThrow();
        browser.driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Tokyo"));

        StorefrontSignInPage.open(browser).signInAs(customer.email(), TestAccounts.PASSWORD).awaitSignedInAs(customer.email());
        browser.open("/orders.xhtml");

        browser.awaitText(By.cssSelector(".order-card"), tokyo + " JST");
        assertFalse(browser.text(By.cssSelector(".order-card")).contains(utc + " UTC"), "not in UTC");
        assertEquals("Asia%2FTokyo", browser.cookie("bazaar-zone"), "the page's script keeps the browser's zone");
    }
}
