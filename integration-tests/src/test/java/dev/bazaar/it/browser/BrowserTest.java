package dev.bazaar.it.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A fresh headless browser for each test, closed after it. */
public abstract class BrowserTest {

    protected Browser browser;
    protected WebDriverWait wait;

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
