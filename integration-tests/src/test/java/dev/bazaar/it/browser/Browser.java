package dev.bazaar.it.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (no browser download), with a fresh
 * profile per run and screenshots saved under the build folder.
 */
public final class Browser implements AutoCloseable {

    public static final String BASE_URL = System.getProperty("bazaar.base-url", "http://localhost:9080");

    public final ChromeDriver driver;
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
        // each browser is its own client behind the (trusted, loopback) proxy the tests act as, so
        // failed sign-ins of one run never throttle another
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For",
                "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255))));
    }

    /** Signs in on the back office's login page (opening it first if another page is shown). */
    public void signInToBackOffice(String email, String password) {
        if (!driver.getCurrentUrl().contains("/admin/login.xhtml")) {
            open("/admin/login.xhtml");
        }
        driver.findElement(By.id("loginForm:email")).sendKeys(email);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        driver.findElement(By.id("loginForm:submit")).click();
    }

    public void open(String path) {
        driver.get(BASE_URL + path);
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
