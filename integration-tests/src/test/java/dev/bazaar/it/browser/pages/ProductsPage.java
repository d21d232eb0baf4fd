package dev.bazaar.it.browser.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.bazaar.it.browser.Browser;

/** The back office's product list: the products (a shop's own, or all for an admin), a new one, and a CSV import. */
public final class ProductsPage extends BackOfficePage {

    public static final String PATH = "/admin/index.xhtml";
    private static final By NAME_FILTER = By.cssSelector("#productsForm\\:products thead input.ui-column-filter");
    private static final By ROWS = By.cssSelector("#productsForm\\:products_data tr");
    private static final By TABLE = By.id("productsForm:products_data");
    private static final By PAGE_REPORT = By.cssSelector("#productsForm\\:products .ui-paginator-current");
    private static final By IMPORT_ERRORS = By.id("importForm:importErrors");

    public ProductsPage(Browser browser) {
        super(browser);
    }

    public static ProductsPage open(Browser browser) {
        browser.open(PATH);
        return new ProductsPage(browser);
    }

    /** Types into the table's name filter, once it can be used. */
    public ProductsPage filterByName(String text) {
        browser.awaitClickable(NAME_FILTER).sendKeys(text);
        return this;
    }

    /** Waits until the table holds one row, the product named {@code name}. */
    public ProductsPage awaitTheOnlyRow(String name) {
        // the filter redraws the table while it is read: a stale element only means "look again"
        browser.wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(ROWS).size() == 1 && d.findElement(TABLE).getText().contains(name));
        return this;
    }

    /** Filters by the product's name until it is the only row, and opens it. */
    public ProductEditorPage find(String name) {
        filterByName(name).awaitTheOnlyRow(name);
        ProductEditorPage product = openProduct(name);
        product.awaitHeading(name);
        return product;
    }

    /** Waits until the paginator's report ("1–20 of 25") says {@code text}. */
    public void awaitPageReport(String text) {
        browser.awaitText(PAGE_REPORT, text);
    }

    /** Waits until the table says {@code text}. */
    public void awaitTable(String text) {
        browser.awaitText(TABLE, text);
    }

    /** Waits until the first row's thumbnail has loaded. */
    public void awaitThumbnail() {
        browser.awaitImage("#productsForm\\:products_data .thumb-cell img");
    }

    public ProductEditorPage openProduct(String name) {
        browser.click(By.linkText(name));
        return new ProductEditorPage(browser);
    }

    public NewProductPage newProduct() {
        browser.awaitClickable(By.id("newProduct")).click();
        return new NewProductPage(browser);
    }

    /** Whether the CSV import's fold is open. */
    public boolean importOpen() {
        return browser.find(By.cssSelector("#importForm details")).getAttribute("open") != null;
    }

    /** Opens the CSV import's fold as a click on its summary does (it stays open after an import that failed). */
    public ProductsPage openImport() {
        if (browser.find(By.cssSelector("#importForm details")).getAttribute("open") == null) {
            browser.click(By.cssSelector("#importForm summary"));
        }
        browser.awaitVisible(By.id("importForm:import"));
        return this;
    }

    /** Imports {@code csv} from a file, as the import form uploads it (the form posts the whole page). */
    public void importFile(String csv) throws IOException {
        Path file = Files.createTempFile("products", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        openImport();
        browser.find(By.id("importForm:file")).sendKeys(file.toString());
        WebElement page = browser.find(By.tagName("html"));
        browser.click(By.id("importForm:import"));
        browser.wait.until(ExpectedConditions.stalenessOf(page));
        Files.delete(file);
    }

    /** Posts the export of the selected rows the way its button does and reads the CSV it answers. */
    public String exportSelectedCsv() {
        return (String) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('productsForm');
                const data = new URLSearchParams(new FormData(form));
                data.append('productsForm:exportSelected', '');
                fetch(form.action, {method: 'POST', body: data}).then(r => r.text()).then(done, e => done('failed: ' + e));
                """);
    }

    public void awaitImportErrors(String text) {
        browser.awaitText(IMPORT_ERRORS, text);
    }

    public String importErrors() {
        return browser.text(IMPORT_ERRORS);
    }
}
