package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.bazaar.it.http.Database;

/**
 * A person's walk through the skeleton: find a product on the storefront, change its price in the
 * back office, and see the new price on the storefront.
 */
class PriceChangeBrowserIT extends BrowserTest {

    private static final String PRODUCT = "Birch Serving Tray";


    @Test
    void anAdminChangesAPriceAndTheStorefrontShowsIt() throws Exception {
        browser.open("/search?q=Birch+Serving+Tray");
        String oldPrice = storefrontPrice(PRODUCT);
        browser.screenshot("01-storefront");
        String newPrice = new BigDecimal(oldPrice.replaceAll("[^0-9.]", "")).add(new BigDecimal("1.25")).toPlainString();

        browser.open("/admin/");
        browser.signInToBackOffice(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        openPriceEditor(PRODUCT, PRODUCT);
        setPrice(newPrice);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"),
                "Price of " + PRODUCT + " is now €" + newPrice + "."));
        assertEquals("€" + newPrice, browser.driver.findElement(By.id("currentPrice")).getText());
        String newPriceInCents = new BigDecimal(newPrice).movePointRight(2).toPlainString();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("eventsForm:events"),
                "\"newPrice\":{\"amountMinor\":" + newPriceInCents)); // the MDB recorded the event
        browser.screenshot("03-admin-price-saved");

        browser.open("/search?q=Birch+Serving+Tray");
        assertEquals("€" + newPrice, storefrontPrice(PRODUCT));
        browser.screenshot("04-storefront-new-price");
    }

    @Test
    void aPriceThatIsNotANumberGetsAMessageAndChangesNothing() throws Exception {
        browser.open("/admin/");
        browser.signInToBackOffice(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        openPriceEditor(PRODUCT, PRODUCT);
        String productName = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1"))).getText();
        String currentPrice = browser.driver.findElement(By.id("currentPrice")).getText();

        WebElement priceInput = browser.driver.findElement(By.id("priceForm:price"));
        priceInput.clear();
        priceInput.sendKeys("twelve");
        browser.driver.findElement(By.id("priceForm:save")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("priceForm:priceMessage"),
                "'twelve' is not a number"));
        browser.screenshot("05-admin-bad-price");
        browser.driver.navigate().refresh();
        assertEquals(currentPrice, wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("currentPrice"))).getText(),
                productName + " keeps its price");
    }

    @Test
    void aVendorManagerChangesTheirOwnShopsPricesAndNeverSeesAnotherShops() throws Exception {
        browser.open("/admin/");
        browser.signInToBackOffice(DemoAccounts.NORDIC_MANAGER, DemoAccounts.PASSWORD);

        openPriceEditor("Rye Bread Tin", "Rye Bread Tin");                       // Nordic Kitchen Co.
        String ownPrice = new BigDecimal(currentPrice().replaceAll("[^0-9.]", "")).add(new BigDecimal("0.01")).toPlainString();
        setPrice(ownPrice);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"),
                "Price of Rye Bread Tin is now €" + ownPrice + "."));

        // another shop's products are not in a vendor's list, and their pages do not open
        browser.open("/admin/");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#productsForm\\:products thead input.ui-column-filter"))).sendKeys("Gyokuro");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("productsForm:products_data"),
                "No products match these filters."));
        String gyokuro = Database.single("select id from product where slug = 'gyokuro-50g'").orElseThrow();
        browser.open("/admin/product.xhtml?id=" + gyokuro);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"), "No product with id " + gyokuro));
        assertTrue(browser.driver.findElements(By.id("priceForm:price")).isEmpty());
        browser.screenshot("06-admin-other-vendors-product-hidden");
    }

    @Test
    void vendorStaffSeeTheirShopsProductsButNoFormsThatChangeThem() throws Exception {
        browser.open("/admin/");
        browser.signInToBackOffice(DemoAccounts.NORDIC_STAFF, DemoAccounts.PASSWORD);
        openPriceEditor("Rye Bread Tin", "Rye Bread Tin");

        assertTrue(browser.driver.findElements(By.id("priceForm:price")).isEmpty());
        assertTrue(browser.driver.findElements(By.id("detailsForm:save")).isEmpty());
        assertTrue(browser.driver.findElements(By.id("variantForm:saveVariant")).isEmpty());
        assertTrue(browser.driver.findElements(By.id("picturesForm:upload")).isEmpty());
        assertTrue(browser.driver.findElement(By.id("variantsForm:variants")).getText().contains("€"));
    }

    private void openPriceEditor(String productName, String filter) {
        WebElement nameFilter = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#productsForm\\:products thead input.ui-column-filter")));
        nameFilter.sendKeys(filter);
        wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector("#productsForm\\:products_data tr")).size() == 1
                && d.findElement(By.cssSelector("#productsForm\\:products_data")).getText().contains(productName));
        browser.driver.findElement(By.linkText(productName)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), productName));
    }

    private String currentPrice() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("currentPrice"))).getText();
    }

    private void setPrice(String price) {
        WebElement priceInput = browser.driver.findElement(By.id("priceForm:price"));
        priceInput.clear();
        priceInput.sendKeys(price);
        browser.driver.findElement(By.id("priceForm:save")).click();
    }

    private String storefrontPrice(String productName) {
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//li[contains(@class,'product-card')][.//h2[normalize-space()='" + productName + "']]")));
        String text = card.findElement(By.className("price")).getText();
        assertTrue(text.startsWith("€"), text);
        return text;
    }
}
