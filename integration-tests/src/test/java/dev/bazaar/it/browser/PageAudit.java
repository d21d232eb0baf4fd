package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;

/**
 * What any page must be, checked in the browser as it is now: no sideways scrolling at the window's
 * width, no serious or critical axe-core violation (WCAG 2.x A and AA rules), and a whole-page
 * screenshot under the screenshots folder. Each check is also written to {@code audit.txt} there, the
 * figures docs/results/storefront-look.md and back-office-look.md quote. The window sizes are those of the layout tests: a
 * laptop at 1366 x 900 and a phone at 390 x 844.
 */
public final class PageAudit {

    /** A window the layout is checked in. */
    public enum Viewport {
        DESKTOP(1366, 900, false), PHONE(390, 844, true);

        public final int width;
        public final int height;
        final boolean mobile;

        Viewport(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    /** axe-core's engine, from its Maven artifact (com.deque.html.axe-core:selenium, used for this file only). */
    private static final String AXE = axeSource();

    private final Browser browser;
    private final Path screenshots = Path.of(System.getProperty("bazaar.screenshots", "target/screenshots"));
    private Viewport viewport = Viewport.DESKTOP;

    public PageAudit(Browser browser) {
        this.browser = browser;
    }

    /** Makes the browser's page this size, as that device shows it (a phone: its viewport meta tag applies). */
    public PageAudit use(Viewport size) {
        viewport = size;
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", size.width, "height", size.height, "deviceScaleFactor", 1, "mobile", size.mobile));
        return this;
    }

    public Viewport viewport() {
        return viewport;
    }

    /** Every check on the page as it shows now, then its screenshot {@code name-<width>}. */
    public void check(String name) throws IOException {
        assertNoSidewaysScrolling(name);
        assertAccessible(name);
        screenshot(name);
    }

    /** The same checks, with a screenshot of the window only: for a drawer or a bar over the page. */
    public void checkWindow(String name) throws IOException {
        assertNoSidewaysScrolling(name);
        assertAccessible(name);
        browser.screenshot(name + "-" + viewport.width);
    }

    /** By how many pixels the page is wider than the window (0 when nothing scrolls sideways). */
    public long overflow() {
        return (Long) browser.driver.executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);");
    }

    public void assertNoSidewaysScrolling(String name) throws IOException {
        long overflow = overflow();
        record(name, "overflow " + overflow + " px");
        assertEquals(0, overflow, name + " at " + viewport.width + " px scrolls sideways; too wide: " + tooWide());
    }

    /** The elements reaching past the window's right edge, for the failure message. */
    @SuppressWarnings("unchecked")
    private List<String> tooWide() {
        return (List<String>) browser.driver.executeScript(
                "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                        + ".slice(0, 8).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                        + " + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
                        + " + ' ' + Math.round(e.getBoundingClientRect().right));");
    }

    /** The serious and critical violations axe-core finds on the page: rule, impact, what it asks, where. */
    @SuppressWarnings("unchecked")
    public List<String> seriousViolations() {
        if (!(Boolean) browser.driver.executeScript("return typeof window.axe !== 'undefined';")) {
            browser.driver.executeScript(AXE);
        }
        return (List<String>) browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},"
                + " resultTypes: ['violations']})"
                + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 4).map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
    }

    public void assertAccessible(String name) throws IOException {
        List<String> violations = seriousViolations();
        record(name, "axe serious/critical " + violations.size() + (violations.isEmpty() ? "" : " " + violations));
        assertTrue(violations.isEmpty(), name + " at " + viewport.width + " px: " + String.join("; ", violations));
    }

    /** Whether the element shows whole inside the window as it is scrolled now (nothing cut off at any side). */
    public boolean fullyInView(By element) {
        return (Boolean) browser.driver.executeScript("const r = arguments[0].getBoundingClientRect();"
                + " return r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0"
                + " && r.right <= window.innerWidth && r.bottom <= window.innerHeight"
                + " && arguments[0].scrollWidth <= arguments[0].clientWidth + 1;", browser.find(element));
    }

    /** The whole page, not only the part in the window, saved as {@code name-<width>.png}. */
    @SuppressWarnings("unchecked")
    public void screenshot(String name) throws IOException {
        browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " Promise.allSettled([...document.fonts].map(f => f.load()))"
                + ".then(() => new Promise(repainted => setTimeout(repainted, 300))).then(() => done());");
        Map<String, Object> metrics = browser.driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
        Map<String, Object> shot = browser.driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", viewport.width,
                        "height", Math.min(size.get("height").doubleValue(), 8000), "scale", 1)));
        Files.createDirectories(screenshots);
        Files.write(screenshots.resolve(name + "-" + viewport.width + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }

    private void record(String name, String finding) throws IOException {
        Files.createDirectories(screenshots);
        Files.writeString(screenshots.resolve("audit.txt"), name + " @" + viewport.width + ": " + finding + System.lineSeparator(),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String axeSource() {
        try (InputStream in = PageAudit.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("axe.min.js could not be read", e);
        }
    }
}
