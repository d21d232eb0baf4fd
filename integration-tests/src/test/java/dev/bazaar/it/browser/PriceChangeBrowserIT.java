package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A person's walk through the skeleton: find a product on the storefront, change its price in the
 * back office, and see the new price on the storefront.
 */
class PriceChangeBrowserIT extends BrowserTest {

    private static final String PRODUCT = "Birch Serving Tray";


    @Test
    void anAdminChangesAPriceAndTheStorefrontShowsIt() throws Exception {
        browser.open("/");
        String oldPrice = storefrontPrice(PRODUCT);
        browser.screenshot("01-storefront");
        String newPrice = new BigDecimal(oldPrice.replaceAll("[^0-9.]", "")).add(new BigDecimal("1.25")).toPlainString();

        browser.open("/admin/");
        browser.signInToBackOffice(Browser.ADMIN, Browser.DEMO_PASSWORD);
        WebElement nameFilter = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#productsForm\\:products thead th:first-child input.ui-column-filter")));
        nameFilter.sendKeys("Birch");
        wait.until(d -> d.findElements(By.cssSelector("#productsForm\\:products_data tr")).size() == 1
                && d.findElement(By.cssSelector("#productsForm\\:products_data")).getText().contains(PRODUCT));
        browser.screenshot("02-admin-filtered");
        browser.driver.findElement(By.linkText("Change price")).click();

        WebElement priceInput = wait.until(ExpectedConditions.elementToBeClickable(By.id("priceForm:price")));
        priceInput.clear();
        priceInput.sendKeys(newPrice);
        browser.driver.findElement(By.id("priceForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"),
                "Price of " + PRODUCT + " is now €" + newPrice + "."));
        assertEquals("€" + newPrice, browser.driver.findElement(By.id("currentPrice")).getText());
        String newPriceInCents = new BigDecimal(newPrice).movePointRight(2).toPlainString();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("eventsForm:events"),
                "\"newPrice\":{\"amountMinor\":" + newPriceInCents)); // the MDB recorded the event
        browser.screenshot("03-admin-price-saved");

        browser.open("/");
        assertEquals("€" + newPrice, storefrontPrice(PRODUCT));
        browser.screenshot("04-storefront-new-price");
    }

    @Test
    void aPriceThatIsNotANumberGetsAMessageAndChangesNothing() throws Exception {
        browser.open("/admin/");
        browser.signInToBackOffice(Browser.ADMIN, Browser.DEMO_PASSWORD);
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Change price")));
        browser.driver.findElement(By.linkText("Change price")).click(); // the first product on the list
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

    private String storefrontPrice(String productName) {
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//li[contains(@class,'product-card')][.//h2[normalize-space()='" + productName + "']]")));
        String text = card.findElement(By.className("price")).getText();
        assertTrue(text.startsWith("€"), text);
        return text;
    }
}
