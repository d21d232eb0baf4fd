package dev.bazaar.it.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A fresh headless browser for each test, closed after it. */
public abstract class BrowserTest {

    protected Browser browser;
    protected WebDriverWait wait;

    /** When a test fails, what its browser showed is kept beside the screenshots (image and HTML), before it closes. */
    @RegisterExtension
    final AfterTestExecutionCallback keepFailures = context -> context.getExecutionException().ifPresent(cause -> {
        String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        try {
            browser.screenshot(name);
            browser.savePage(name);
        } catch (Exception e) {
            cause.addSuppressed(e);
        }
    });

    /**
     * On a back-office page with a search bar ({@code form:search}, {@code form:find}) over a lazy
     * table ({@code form:table}): searches for {@code text} and waits until it is the only row.
     */
    protected WebElement searchForTheOnlyRow(String form, String table, String text) {
        return searchForTheOnlyRow(browser, wait, form, table, text);
    }

    /** The same, in another browser (a second person in the same test). */
    protected static WebElement searchForTheOnlyRow(Browser in, WebDriverWait until, String form, String table, String text) {
        in.driver.findElement(By.id(form + ":search")).sendKeys(text);
        in.driver.findElement(By.id(form + ":find")).click();
        By rows = By.cssSelector("#" + form + "\\:" + table + "_data tr");
        // the ajax update replaces the table while it is read: a stale element only means "look again"
        until.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(rows).size() == 1 && d.findElement(By.id(form + ":" + table + "_data")).getText().contains(text));
        return in.driver.findElement(rows);
    }

    /** Clicks the element, finding it again if an ajax update replaced it meanwhile. */
    protected static void clickSettled(WebDriverWait until, By element) {
        until.ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(element).click();
            return true;
        });
    }

    /** Replaces what a field holds with {@code text}, once the field can take it. */
    protected void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser();
        wait = browser.wait;
    }

    @AfterEach
    void closeBrowser() throws Exception {
        browser.close();
    }
}
