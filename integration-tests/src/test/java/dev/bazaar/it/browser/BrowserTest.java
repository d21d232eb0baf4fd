package dev.bazaar.it.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A fresh headless browser for each test, closed after it. */
public abstract class BrowserTest {

    protected Browser browser;
    protected WebDriverWait wait;

    /**
     * On a back-office page with a search bar ({@code form:search}, {@code form:find}) over a lazy
     * table ({@code form:table}): searches for {@code text} and waits until it is the only row.
     */
    protected WebElement searchForTheOnlyRow(String form, String table, String text) {
        browser.driver.findElement(By.id(form + ":search")).sendKeys(text);
        browser.driver.findElement(By.id(form + ":find")).click();
        By rows = By.cssSelector("#" + form + "\\:" + table + "_data tr");
        wait.until(d -> d.findElements(rows).size() == 1 && d.findElement(By.id(form + ":" + table + "_data")).getText().contains(text));
        return browser.driver.findElement(rows);
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser();
        wait = new WebDriverWait(browser.driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() throws Exception {
        browser.close();
    }
}
