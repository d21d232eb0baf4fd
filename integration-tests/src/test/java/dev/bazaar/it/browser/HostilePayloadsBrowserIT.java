package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.bazaar.it.browser.pages.BackOfficeOrderPage;
import dev.bazaar.it.browser.pages.BackOfficeSignInPage;
import dev.bazaar.it.browser.pages.OrderPage;
import dev.bazaar.it.browser.pages.StorefrontSignInPage;
import dev.bazaar.it.http.Http;
import dev.bazaar.it.http.TestAccounts;
import dev.bazaar.it.http.TestShopping;
import dev.bazaar.it.http.TestVendors;
import jakarta.json.Json;

/**
 * Script and formula payloads typed where people type text (a shop's name, a customer's name, an
 * address), shown where they are shown: the shopper's order page (with its cancel prompt), the back
 * office's order page and the CSV export. Each payload sets {@code window.xss} if it ever runs; the
 * pages must show the text literally and leave {@code window.xss} unset, and the export must
 * neutralise cells a spreadsheet would run as formulas.
 */
class HostilePayloadsBrowserIT extends BrowserTest {

    /** Breaks out of a script string if it is ever put into one, and out of markup if it is ever put there. */
    private static final String SHOP = "Tea'+(window.xss='shop')+'<img src=x onerror=window.xss=1>";
    private static final String CUSTOMER = "=HYPERLINK(\"http://evil.example\",\"x\")<script>window.xss='name'</script>";
    private static final String STREET = "<img src=x onerror=\"window.xss='address'\">1";
    private static final String CITY = "@SUM(1+1)*cmd|' /C calc'!A0";

    @Test
    void payloadsShowLiterallyAndRunNowhere() throws Exception {
        TestShopping.StockedShop shop = TestShopping.stockedShop(TestVendors.approvedShop(SHOP), "XSS", 5);
        String email = "hostile-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        long id = TestAccounts.registerVerified(email, TestAccounts.PASSWORD, CUSTOMER);
        TestAccounts.LoggedIn customer = TestAccounts.logIn(id, email, TestAccounts.PASSWORD);
        assertEquals(201, TestShopping.add(customer.accessToken(), null, shop.small(), 1).statusCode());
        String body = Json.createObjectBuilder().add("shippingAddress", TestShopping.address("NO").add("line1", STREET).add("city", CITY))
                .add("paymentMethod", "MANUAL").build().toString();
        HttpResponse<String> placed = TestShopping.checkout(customer, body, null);
        assertEquals(201, placed.statusCode(), placed.body());
        String number = Http.json(placed).getJsonObject("order").getString("number");

        StorefrontSignInPage signIn = StorefrontSignInPage.open(browser);
        signIn.signInAs(email, TestAccounts.PASSWORD);
        signIn.awaitLeft();
        OrderPage.open(browser, number).number();
        String page = browser.text(By.tagName("main"));
        assertTrue(page.contains(SHOP), page);
        assertTrue(page.contains(STREET) && page.contains(CITY), page);
        browser.click(By.cssSelector("input.cancel, button.cancel"));
        Alert prompt = browser.wait.until(ExpectedConditions.alertIsPresent());
        assertEquals("Cancel the items from " + SHOP + "?", prompt.getText());
        prompt.dismiss();
        assertNothingRan();
        browser.screenshot("40-hostile-names-on-the-order-page");

        BackOfficeSignInPage.signIn(browser, DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        BackOfficeOrderPage.open(browser, number);
        browser.awaitText(By.tagName("main"), CUSTOMER);
        String backOffice = browser.text(By.tagName("main"));
        assertTrue(backOffice.contains(CUSTOMER), backOffice);
        assertTrue(backOffice.contains(STREET), backOffice);
        assertNothingRan();

        HttpResponse<String> csv = Http.getWithToken("/api/v1/admin/orders/export?vendorId=" + shop.shop().vendorId(),
                TestAccounts.admin().accessToken());
        assertEquals(200, csv.statusCode(), csv.body());
        String row = Arrays.stream(csv.body().split("\r\n")).filter(line -> line.startsWith(number)).findFirst().orElseThrow();
        assertTrue(row.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")<script>"), "the formula is text: " + row);
        assertTrue(row.contains("," + SHOP + ","), "the shop as typed: " + row);
    }

    private void assertNothingRan() {
        Object ran = browser.driver.executeScript("return window.xss === undefined ? null : String(window.xss);");
        assertEquals(null, ran, "a payload ran");
        assertFalse(browser.driver.getPageSource().contains("<script>window.xss"), "a script reached the page as markup");
    }
}
