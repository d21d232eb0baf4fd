package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.TestAccounts;
import dev.bazaar.it.http.TestVendors;

/** Shipping on "My shop" (owners set it, staff read it) and a platform admin's "Tax & shipping" page. */
class RatesBrowserIT extends BrowserTest {

    private static final By MESSAGES = By.id("globalMessages");

    @Test
    void anOwnerSetsTheShopsShippingRateSeesItAndABadAmountChangesNothing() throws Exception {
        TestVendors.Shop shop = TestVendors.approvedShop();
        browser.signInToBackOffice(shop.owner().email(), TestAccounts.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caller")));
        browser.open("/admin/shop.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(rateRow("NOK"), "Bazaar default"));

        type("shippingForm:rateCurrency", "nok");
        type("shippingForm:rateFlat", "29");
        type("shippingForm:rateFreeOver", "300");
        browser.driver.findElement(By.id("shippingForm:saveRate")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(MESSAGES, "Standard delivery in NOK saved"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(rateRow("NOK"), "Your rate"));
        assertTrue(browser.driver.findElement(rateRow("NOK")).getText().contains("300.00"),
                browser.driver.findElement(rateRow("NOK")).getText());
        assertEquals("2900|30000", ownRate(shop));
        browser.screenshot("80-back-office-shop-shipping");

        type("shippingForm:rateCurrency", "NOK");
        type("shippingForm:rateFlat", "-5");
        type("shippingForm:rateFreeOver", "");
        browser.driver.findElement(By.id("shippingForm:saveRate")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(MESSAGES, "The flat rate must be zero or more"));
        assertEquals("2900|30000", ownRate(shop));

        clickSettled(wait, By.xpath(rowXpath("NOK") + "//a[normalize-space()='Remove']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(MESSAGES, "Your rate in NOK removed"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(rateRow("NOK"), "Bazaar default"));
        assertEquals(0, Database.count("select count(*) from shipping_rate where vendor_id = ?", shop.vendorId()));
    }

    @Test
    void staffSeeTheShopsShippingRatesWithoutAFormToChangeThem() {
        browser.signInToBackOffice(DemoAccounts.NORDIC_STAFF, DemoAccounts.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caller")));
        browser.open("/admin/shop.xhtml");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shippingForm:shippingRates"), "EUR"));
        assertTrue(browser.driver.findElements(By.id("shippingForm:saveRate")).isEmpty());
        assertTrue(browser.driver.findElements(By.xpath(rowXpath("EUR") + "//a")).isEmpty());
    }

    @Test
    void anAdminAddsChangesAndRemovesATaxRateAndAWrongRateChangesNothing() throws Exception {
        try {
            browser.signInToBackOffice(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caller")));
            browser.driver.findElement(By.linkText("Tax & shipping")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shippingForm:shippingRates"), "EUR"));

            type("taxForm:newCountry", "cz");
            type("taxForm:newPercent", "21");
            browser.driver.findElement(By.id("taxForm:addTaxRate")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(MESSAGES, "(CZ) are taxed at 21 %."));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(taxRow("CZ"), "21 %"));
            assertEquals("2100", taxRate("CZ"));

            type("taxForm:newCountry", "CZ");
            type("taxForm:newPercent", "101");
            browser.driver.findElement(By.id("taxForm:addTaxRate")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(MESSAGES, "The tax rate must be between 0 and 100 %"));
            assertEquals("2100", taxRate("CZ"));

            clickSettled(wait, By.xpath(taxRowXpath("CZ") + "//a[normalize-space()='Change']"));
            var percent = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[id$=':editPercent']")));
            percent.clear();
            percent.sendKeys("12.5");
            browser.driver.findElement(By.cssSelector("button[id$=':save']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(MESSAGES, "(CZ) are taxed at 12.5 %."));
            assertEquals("1250", taxRate("CZ"));
            browser.screenshot("81-back-office-tax-and-shipping");

            clickSettled(wait, By.xpath(taxRowXpath("CZ") + "//a[normalize-space()='Remove']"));
            wait.until(ExpectedConditions.alertIsPresent()).accept();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(MESSAGES, "(CZ) removed: Bazaar no longer delivers there."));
            assertTrue(browser.driver.findElements(By.xpath(taxRowXpath("CZ"))).isEmpty());
            assertEquals(0, Database.count("select count(*) from tax_rate where country = 'CZ'"));
        } finally {
            Database.update("delete from tax_rate where country = 'CZ'");
        }
    }

    private static String rowXpath(String currency) {
        return "//*[@id='shippingForm:shippingRates']//tr[.//span[contains(@class, 'rate-currency') and normalize-space()='"
                + currency + "']]";
    }

    private static By rateRow(String currency) {
        return By.xpath(rowXpath(currency));
    }

    private static String taxRowXpath(String country) {
        return "//tr[.//span[contains(@class, 'tax-country') and normalize-space()='" + country + "']]";
    }

    private static By taxRow(String country) {
        return By.xpath(taxRowXpath(country));
    }

    private static String taxRate(String country) {
        return Database.single("select rate_bps from tax_rate where country = ?", country).orElseThrow();
    }

    private static String ownRate(TestVendors.Shop shop) {
        return Database.single("select flat_amount || '|' || coalesce(free_over_amount::text, '-') from shipping_rate"
                + " where vendor_id = ? and currency = 'NOK'", shop.vendorId()).orElseThrow();
    }
}
