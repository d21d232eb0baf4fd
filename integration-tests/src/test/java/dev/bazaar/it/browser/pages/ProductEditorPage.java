package dev.bazaar.it.browser.pages;

import java.nio.file.Path;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.bazaar.it.browser.Browser;

/** A product in the back office: price, variants, pictures, stock, its review status, and the link to the events it caused. */
public final class ProductEditorPage extends BackOfficePage {

    private static final By CURRENT_PRICE = By.id("currentPrice");
    private static final By PRICE = By.id("priceForm:price");
    private static final By VARIANTS = By.id("variantsForm:variants");
    private static final By STOCK = By.id("stockTable");

    public ProductEditorPage(Browser browser) {
        super(browser);
    }

    public static ProductEditorPage open(Browser browser, String productId) {
        browser.open("/admin/product.xhtml?id=" + productId);
        return new ProductEditorPage(browser);
    }

    public static ProductEditorPage open(Browser browser, long productId) {
        return open(browser, String.valueOf(productId));
    }

    /** The price shown, once it shows. */
    public String currentPrice() {
        return browser.awaitVisible(CURRENT_PRICE).getText();
    }

    public void setPrice(String price) {
        browser.type(PRICE, price);
        browser.click(By.id("priceForm:save"));
    }

    public void awaitPriceMessage(String text) {
        browser.awaitText(By.id("priceForm:priceMessage"), text);
    }

    /**
     * Follows the link to this product's events and waits (reading the log again, as the consumer records
     * events a moment after they are published) until they say {@code text}.
     */
    public void awaitEvent(String text) {
        String events = browser.find(By.id("priceForm:productEvents")).getAttribute("href");
        browser.wait.until(d -> {
            d.get(events);
            return d.findElement(By.id("events")).getText().contains(text);
        });
    }

    /** Loads the page again, as the browser's reload button does. */
    public void reload() {
        browser.driver.navigate().refresh();
    }

    public boolean canChangePrice() {
        return browser.has(PRICE);
    }

    public boolean canEditDetails() {
        return browser.has(By.id("detailsForm:save"));
    }

    public boolean canAddVariants() {
        return browser.has(By.id("variantForm:saveVariant"));
    }

    public boolean canUploadPictures() {
        return browser.has(By.id("picturesForm:upload"));
    }

    /** Waits until the status badge stands for {@code status} (the code; the badge reads it in words). */
    public void awaitStatus(String status) {
        browser.wait.until(ExpectedConditions.attributeToBe(By.id("productStatus"), "data-status", status));
    }

    public String variants() {
        return browser.text(VARIANTS);
    }

    public void addVariant(String sku, String options, String price) {
        browser.type("variantForm:sku", sku);
        browser.type("variantForm:options", options);
        browser.type("variantForm:price", price);
        browser.click(By.id("variantForm:saveVariant"));
    }

    public void awaitVariants(String text) {
        browser.awaitText(VARIANTS, text);
    }

    public void uploadPicture(Path picture, String altText) {
        browser.find(By.id("picturesForm:file")).sendKeys(picture.toString());
        browser.type("picturesForm:altText", altText);
        browser.click(By.id("picturesForm:upload"));
    }

    /** Whether the first picture in the grid has loaded. */
    public boolean pictureShown() {
        return browser.imageShown(".picture-grid img");
    }

    public String stock() {
        return browser.text(STOCK);
    }

    public void awaitStock(String text) {
        browser.awaitText(STOCK, text);
    }

    /** Adds stock to the variant the list shows as {@code variant}, with the reason the movement records. */
    public void addStock(String variant, String quantity, String reason) {
        browser.select(By.id("stockForm:stockVariant")).selectByVisibleText(variant);
        browser.type("stockForm:quantity", quantity);
        browser.type("stockForm:reason", reason);
        browser.click(By.id("stockForm:applyStock"));
    }

    public void submitForReview() {
        browser.click(By.id("statusForm:submit"));
    }

    public void approve() {
        browser.awaitClickable(By.id("statusForm:approve")).click();
    }
}
