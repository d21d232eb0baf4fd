package dev.bazaar.it.browser.pages;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import dev.bazaar.it.browser.Browser;

/** A shop's printable monthly statement: opening and closing balance, totals by kind, the month's entries, a CSV download. */
public final class StatementPage extends Page {

    private static final By CLOSING = By.id("closingBalance");

    public StatementPage(Browser browser) {
        super(browser);
    }

    static StatementPage awaitOpen(Browser browser) {
        browser.awaitUrl("statement.xhtml");
        browser.awaitVisible(CLOSING);
        return new StatementPage(browser);
    }

    public String shopName() {
        return browser.text(By.cssSelector(".shop-name"));
    }

    public String opening() {
        return browser.text(By.id("openingBalance"));
    }

    public String closing() {
        return browser.text(CLOSING);
    }

    /** The totals by kind: kind to its total's text. */
    public Map<String, String> kinds() {
        return browser.findAll(By.cssSelector(".kind-total")).stream().collect(Collectors.toMap(
                row -> row.findElement(By.cssSelector(".kind")).getText(), row -> row.findElement(By.cssSelector(".amount")).getText()));
    }

    /** The entries' rows, each as its cells' texts: when, kind, order, what, amount. */
    public List<List<String>> entries() {
        return browser.findAll(By.cssSelector(".statement-entries tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).map(String::strip).toList())
                .toList();
    }

    /** The CSV the page's Download button answers with, fetched by the page itself (with its session and view state). */
    public String downloadedCsv() {
        return (String) browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " const form = document.getElementById('statementForm'); const data = new URLSearchParams(new FormData(form));"
                + " data.append('statementForm:downloadCsv', 'Download CSV');"
                + " fetch(form.action, {method: 'POST', credentials: 'same-origin', body: data})"
                + ".then(r => r.text()).then(done).catch(e => done('failed: ' + e));");
    }
}
