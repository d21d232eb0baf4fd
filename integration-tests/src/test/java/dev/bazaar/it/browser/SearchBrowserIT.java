package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

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

        browser.open("/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("searchForm:q_input"))).sendKeys(typo);
        browser.driver.findElement(By.id("searchForm:go")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("resultsHeading"), typo));
        assertTrue(browser.driver.findElement(By.id("approximate")).getText().contains("Nothing matched"));
        assertEquals("2 products", browser.driver.findElement(By.id("resultCount")).getText());
        browser.screenshot("50-search-typo");

        browser.driver.findElement(By.xpath("//div[@data-attribute='material']//a[normalize-space()='cast iron']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("resultCount"), "1 product"));
        assertTrue(browser.driver.getCurrentUrl().contains("attr=material%3Acast+iron"), browser.driver.getCurrentUrl());
        assertTrue(browser.driver.findElement(By.className("chosen")).getText().contains("material: cast iron"));
        browser.screenshot("51-search-facet");

        browser.driver.findElement(By.linkText(word + " Kettle")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("productName"), word + " Kettle"));
        assertTrue(browser.driver.findElement(By.id("variantPrice")).getText().contains("399.00"));
        new Select(browser.driver.findElement(By.id("buyForm:variant"))).selectByVisibleText("L (sold out)");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("variantPrice"), "459.00"));
    }

    @Test
    void aSuggestionLeadsStraightToTheProduct() throws Exception {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String word = TestCatalog.madeUpWord();
        TestCatalog.approved(shop, word + " Lantern", "brass", "120", "140");

        browser.open("/search");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("searchForm:q_input"))).sendKeys(word.substring(0, 7));
        WebElement suggestion = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//li[contains(@class,'ui-autocomplete-item')][normalize-space()='" + word + " Lantern']")));
        browser.screenshot("52-search-suggestions");
        suggestion.click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("productName"), word + " Lantern"));
        assertTrue(browser.driver.getCurrentUrl().endsWith("/p/" + word.toLowerCase() + "-lantern"), browser.driver.getCurrentUrl());
    }
}
