package dev.bazaar.it.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A fresh headless browser for each test, closed after it; the tests drive it through the page objects in {@code pages}. */
public abstract class BrowserTest {

    protected Browser browser;

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

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        browser.close();
    }
}
