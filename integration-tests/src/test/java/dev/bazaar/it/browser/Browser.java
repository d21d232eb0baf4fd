package dev.bazaar.it.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (no browser download), with a fresh
 * profile per run and screenshots saved under the build folder; and the finding, typing, clicking and
 * waiting any page needs, which the page objects (package {@code pages}) build on.
 */
public final class Browser implements AutoCloseable {

    public static final String BASE_URL = System.getProperty("bazaar.base-url", "http://localhost:9080");
    public static final String CURRENCY_COOKIE = "bazaar-currency";

    public final ChromeDriver driver;
    /** The one wait of this browser: what the page objects and the tests wait with, 30 seconds at the most. */
    public final WebDriverWait wait;
    private final Path profile;
    private final Path screenshots;

    public Browser() throws IOException {
        profile = Files.createTempDirectory("bazaar-chromium-");
        screenshots = Path.of(System.getProperty("bazaar.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("bazaar.chromium", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1280,1000", "--lang=en-US",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("bazaar.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // each browser is its own client behind the (trusted, loopback) proxy the tests act as, so
        // failed sign-ins of one run never throttle another
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For",
                "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255))));
        // a shopper who chose to see every currency, as the storefront showed before shoppers had one;
        // the currency tests forget it (forgetCurrencyChoice) to be the shopper who has not chosen
        driver.executeCdpCommand("Network.setCookie", Map.of("name", CURRENCY_COOKIE, "value", "all", "url", BASE_URL));
    }

    /** Forgets the storefront's currency choice: listings show the currency of the shopper's country. */
    public void forgetCurrencyChoice() {
        driver.executeCdpCommand("Network.deleteCookies", Map.of("name", CURRENCY_COOKIE, "url", BASE_URL));
    }

    /** The value of one of the storefront's cookies, or null. */
    public String cookie(String name) {
        Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    public void open(String path) {
        driver.get(BASE_URL + path);
    }

    // ---- what people do on any page, and the waits that go with it (page objects build on these)

    public WebElement find(By element) {
        return driver.findElement(element);
    }

    public List<WebElement> findAll(By elements) {
        return driver.findElements(elements);
    }

    /** Whether the page has such an element at all. */
    public boolean has(By element) {
        return !driver.findElements(element).isEmpty();
    }

    public String text(By element) {
        return driver.findElement(element).getText();
    }

    public void click(By element) {
        driver.findElement(element).click();
    }

    /** Clicks the element, finding it again if an ajax update replaced it meanwhile. */
    public void clickSettled(By element) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(element).click();
            return true;
        });
    }

    /** Replaces what a field holds with {@code text}, once the field can take it. */
    public void type(By field, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(field));
        input.clear();
        input.sendKeys(text);
    }

    public void type(String id, String text) {
        type(By.id(id), text);
    }

    public Select select(By element) {
        return new Select(driver.findElement(element));
    }

    public WebElement awaitVisible(By element) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(element));
    }

    public WebElement awaitClickable(By element) {
        return wait.until(ExpectedConditions.elementToBeClickable(element));
    }

    /** Waits until the element's text contains {@code text}. */
    public void awaitText(By element, String text) {
        awaitElement(element, found -> found.getText().contains(text), "text \"" + text + "\" in " + element);
    }

    /** Waits until the element's attribute {@code name} is {@code value}. */
    public void awaitAttribute(By element, String name, String value) {
        awaitElement(element, found -> value.equals(found.getAttribute(name)), name + "=\"" + value + "\" on " + element);
    }

    /**
     * Waits until the element, found afresh each time, satisfies {@code test}. An element read while an ajax
     * update or a submitted page replaces it is stale, or belongs to neither document (Chromium's "does not
     * belong to the document"): it is looked up again.
     */
    private void awaitElement(By element, Predicate<WebElement> test, String description) {
        wait.until(new ExpectedCondition<Boolean>() {
            @Override
            public Boolean apply(WebDriver driver) {
                try {
                    return test.test(driver.findElement(element));
                } catch (NoSuchElementException | StaleElementReferenceException gone) {
                    return false;
                } catch (WebDriverException replaced) {
                    if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
                        return false;
                    }
                    throw replaced;
                }
            }

            @Override
            public String toString() {
                return description;
            }
        });
    }

    public void awaitUrl(String part) {
        wait.until(ExpectedConditions.urlContains(part));
    }

    public void acceptAlert() {
        wait.until(ExpectedConditions.alertIsPresent()).accept();
    }

    /** Whether the first image the CSS selector finds has loaded (a broken or missing one has not). */
    public boolean imageShown(String selector) {
        return (Boolean) driver.executeScript("const img = document.querySelector(arguments[0]);"
                + " return img != null && img.complete && img.naturalWidth > 0;", selector);
    }

    public void awaitImage(String selector) {
        wait.until(d -> imageShown(selector));
    }

    /** The HTTP status of a GET made by the page in this browser (with its session). */
    public long fetchStatus(String path) {
        return (Long) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status)).catch(() => done(-1));", path);
    }

    /** Saves what the page shows once its web fonts (PrimeFaces' icons) have loaded. */
    public void screenshot(String name) throws IOException {
        // fonts load lazily, so document.fonts.ready alone can resolve before the icon font is asked for
        driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " Promise.allSettled([...document.fonts].map(f => f.load()))"
                + ".then(() => new Promise(repainted => setTimeout(repainted, 500))).then(() => done());");
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Saves the whole page as a window {@code width} pixels wide shows it (1366: a laptop, 390: a phone),
     * then gives the window its usual size back.
     */
    public void screenshotAtWidth(String name, int width) throws IOException {
        Dimension usual = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(width, usual.getHeight()));
            // the window is taller than the page it shows by the browser's own bars
            long height = (Long) driver.executeScript("return Math.min(document.documentElement.scrollHeight, 6000)"
                    + " + Math.max(window.outerHeight - window.innerHeight, 0);");
            driver.manage().window().setSize(new Dimension(width, (int) Math.max(height, 600)));
            screenshot(name);
        } finally {
            driver.manage().window().setSize(usual);
        }
    }

    /** Saves the page's current HTML. */
    public void savePage(String name) throws IOException {
        Files.writeString(screenshots.resolve(name + ".html"), driver.getPageSource());
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
