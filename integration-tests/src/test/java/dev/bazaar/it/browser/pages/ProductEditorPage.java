package dev.bazaar.it.browser.pages;

import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.bazaar.it.browser.Browser;

/**
 * A product in the back office: its tabs (details, variants and prices, pictures, stock) with one Save,
 * its review status, and the link to the events it caused.
 */
public final class ProductEditorPage extends BackOfficePage {

    private static final String DETAILS = "Details";
    private static final String VARIANTS_AND_PRICES = "Variants & prices";
    private static final String PICTURES = "Pictures";
    private static final String STOCK_TAB = "Stock";
    private static final By CURRENT_PRICE = By.id("currentPrice");
    private static final By PRICE = By.id("editorForm:tabs:newPrice");
    private static final By VARIANTS = By.id("editorForm:tabs:variants");
    private static final By STOCK = By.id("stockTable");
    private static final By SAVE = By.id("editorForm:save");

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

    /** Shows the tab with this title, as a click on it does, and waits until its panel shows. */
    public ProductEditorPage showTab(String title) {
        WebElement tab = browser.awaitClickable(By.xpath("//div[@id='editorForm:tabs']//ul/li/a[normalize-space()='" + title + "']"));
        tab.click();
        browser.awaitVisible(By.id(tab.getAttribute("href").substring(tab.getAttribute("href").indexOf('#') + 1)));
        return this;
    }

    /** The tabs, by title, in order. */
    public List<String> tabs() {
        return browser.findAll(By.cssSelector("#editorForm\\:tabs ul[role=tablist] li a")).stream()
                .map(a -> a.getAttribute("textContent").strip()).toList();
    }

    /** The title of the tab shown. */
    public String activeTab() {
        return browser.find(By.cssSelector("#editorForm\\:tabs ul[role=tablist] li.ui-state-active a")).getAttribute("textContent").strip();
    }

    /** The message beside a field of the editor ({@code reason}, {@code sku}...), empty when there is none. */
    public String messageBeside(String field) {
        return browser.find(By.id("editorForm:tabs:" + field + "Message")).getAttribute("textContent").strip();
    }

    /** What a field of the editor holds now ({@code name}, {@code sku}...). */
    public String field(String field) {
        return browser.find(By.id("editorForm:tabs:" + field)).getAttribute("value");
    }

    /** How many Save buttons the page has (the editor has one, whatever the tab). */
    public int saveButtons() {
        return browser.findAll(By.xpath("//button[.//span[normalize-space()='Save' or starts-with(normalize-space(), 'Save ')]]")).size();
    }

    /** Presses the one Save, which posts the whole page, and waits for the page it answers. */
    public void save() {
        WebElement page = browser.find(By.tagName("html"));
        browser.click(SAVE);
        browser.wait.until(ExpectedConditions.stalenessOf(page));
    }

    /** The price shown, once it shows. */
    public String currentPrice() {
        showTab(VARIANTS_AND_PRICES);
        return browser.awaitVisible(CURRENT_PRICE).getText();
    }

    public void setPrice(String price) {
        showTab(VARIANTS_AND_PRICES);
        browser.type(PRICE, price);
        save();
    }

    public void awaitPriceMessage(String text) {
        showTab(VARIANTS_AND_PRICES);
        browser.awaitText(By.id("editorForm:tabs:priceMessage"), text);
    }

    /**
     * Follows the link to this product's events and waits (reading the log again, as the consumer records
     * events a moment after they are published) until they say {@code text}.
     */
    public void awaitEvent(String text) {
        String events = browser.find(By.id("statusForm:productEvents")).getAttribute("href");
        browser.wait.until(d -> {
            d.get(events);
            return d.findElement(By.id("events")).getText().contains(text);
        });
    }

    /** Opens the product's page afresh (the address after a Save is the form's, which a reload would post again). */
    public void reload() {
        open(browser, browser.find(By.cssSelector(".save-bar")).getAttribute("data-product"));
    }

    public boolean canChangePrice() {
        return browser.has(PRICE);
    }

    public boolean canEditDetails() {
        return browser.has(By.id("editorForm:tabs:name")) && browser.find(By.id("editorForm:tabs:name")).getAttribute("readonly") == null;
    }

    public boolean canAddVariants() {
        return browser.has(By.id("editorForm:tabs:sku"));
    }

    public boolean canUploadPictures() {
        return browser.has(By.id("editorForm:tabs:file"));
    }

    /** Types a new name on the Details tab (saved with Save). */
    public void rename(String name) {
        showTab(DETAILS);
        browser.type("editorForm:tabs:name", name);
    }

    /** Waits until the status badge stands for {@code status} (the code; the badge reads it in words). */
    public void awaitStatus(String status) {
        browser.awaitAttribute(By.id("productStatus"), "data-status", status);
    }

    public String variants() {
        showTab(VARIANTS_AND_PRICES);
        return browser.text(VARIANTS);
    }

    /** Fills in a new variant on its tab (without saving). */
    public void enterVariant(String sku, String options, String price) {
        showTab(VARIANTS_AND_PRICES);
        browser.type("editorForm:tabs:sku", sku);
        browser.type("editorForm:tabs:options", options);
        browser.type("editorForm:tabs:price", price);
    }

    public void addVariant(String sku, String options, String price) {
        enterVariant(sku, options, price);
        save();
    }

    public void awaitVariants(String text) {
        showTab(VARIANTS_AND_PRICES);
        browser.awaitText(VARIANTS, text);
    }

    public void uploadPicture(Path picture, String altText) {
        showTab(PICTURES);
        browser.find(By.id("editorForm:tabs:file")).sendKeys(picture.toString());
        browser.type("editorForm:tabs:altText", altText);
        save();
    }

    /** Whether the first picture in the grid has loaded. */
    public boolean pictureShown() {
        return browser.imageShown(".picture-grid img");
    }

    public String stock() {
        showTab(STOCK_TAB);
        return browser.text(STOCK);
    }

    public void awaitStock(String text) {
        showTab(STOCK_TAB);
        browser.awaitText(STOCK, text);
    }

    /** Fills in a stock change for the variant the list shows as {@code variant} (without saving). */
    public void enterStock(String variant, String quantity, String reason) {
        showTab(STOCK_TAB);
        browser.select(By.id("editorForm:tabs:stockVariant")).selectByVisibleText(variant);
        browser.type("editorForm:tabs:quantity", quantity);
        browser.type("editorForm:tabs:reason", reason);
    }

    /** Fills in units in for the variant with this id (without saving). */
    public void enterStockIn(long variantId, String quantity, String reason) {
        showTab(STOCK_TAB);
        browser.select(By.id("editorForm:tabs:stockVariant")).selectByValue(String.valueOf(variantId));
        browser.type("editorForm:tabs:quantity", quantity);
        browser.type("editorForm:tabs:reason", reason);
    }

    /** Adds stock to the variant the list shows as {@code variant}, with the reason the movement records. */
    public void addStock(String variant, String quantity, String reason) {
        enterStock(variant, quantity, reason);
        save();
    }

    public void submitForReview() {
        browser.click(By.id("statusForm:submit"));
    }

    public void approve() {
        browser.awaitClickable(By.id("statusForm:approve")).click();
    }
}
