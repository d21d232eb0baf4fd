package dev.bazaar.it.browser.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.bazaar.it.browser.Browser;

/**
 * Money: a shop's balance, transfers and ledger, or for admins the reconciliation (whole and by day), the
 * commission chart, every shop's balance, the failed transfers and the paused shops; the monthly statement's form.
 */
public final class MoneyPage extends BackOfficePage {

    private static final By BALANCE_ROWS = By.cssSelector("#balancesForm\\:balances tbody tr");
    private static final By LEDGER_ROWS = By.cssSelector("#ledgerForm\\:entries tbody tr");
    private static final By RECONCILIATION_ROWS = By.cssSelector("#reconciliation tbody tr");
    private static final By TRANSFER_ROWS = By.cssSelector("#transfersForm\\:transfers tbody tr");
    private static final By PAUSED_ROWS = By.cssSelector("#pausesForm\\:paused tbody tr");
    private static final By DAILY_ROWS = By.cssSelector("#dailyReconciliation tbody tr");

    public MoneyPage(Browser browser) {
        super(browser);
    }

    /** The balance table's rows, each as its cells' texts. */
    public List<List<String>> balances() {
        browser.awaitVisible(BALANCE_ROWS);
        return rows(BALANCE_ROWS);
    }

    public List<List<String>> ledger() {
        browser.awaitVisible(LEDGER_ROWS);
        return rows(LEDGER_ROWS);
    }

    public List<List<String>> reconciliation() {
        browser.awaitVisible(RECONCILIATION_ROWS);
        return rows(RECONCILIATION_ROWS);
    }

    /** Shows only entries of one kind (SALE, COMMISSION, REFUND) and waits for the table to show just them. */
    public void filterKind(String kind) {
        browser.select(By.id("ledgerForm:kind")).selectByValue(kind);
        browser.clickSettled(By.id("ledgerForm:find"));
        browser.wait.ignoring(StaleElementReferenceException.class)
                .until(d -> rows(LEDGER_ROWS).stream().allMatch(r -> r.size() > 1 && r.get(1).equals(kind)));
    }

    /** Opens the payout form on the row of shop {@code vendorId}, records {@code amount} with {@code reference}, and waits for the message. */
    public void recordPayout(long vendorId, String amount, String reference) {
        WebElement row = browser.findAll(BALANCE_ROWS).stream()
                .filter(r -> r.getText().contains("#" + vendorId + "\n") || r.getText().contains("#" + vendorId + " "))
                .findFirst().orElseThrow(() -> new AssertionError("no balance row of shop " + vendorId));
        List<WebElement> openBefore = browser.findAll(By.id("payoutForm:amount"));
        row.findElement(By.cssSelector("button[id$=':payOut']")).click();
        if (!openBefore.isEmpty()) {
            // the form was open (a refused try): wait until the click has replaced it, or the typing goes into the old one
            browser.wait.until(ExpectedConditions.stalenessOf(openBefore.get(0)));
        }
        browser.type(By.id("payoutForm:amount"), amount);
        browser.type(By.id("payoutForm:reference"), reference);
        browser.clickSettled(By.id("payoutForm:record"));
    }

    /** The transfers table's rows (the shop's transfers, or for admins the failed ones). */
    public List<List<String>> transfers() {
        browser.awaitVisible(TRANSFER_ROWS);
        return rows(TRANSFER_ROWS);
    }

    public List<List<String>> pausedShops() {
        browser.awaitVisible(PAUSED_ROWS);
        return rows(PAUSED_ROWS);
    }

    /** Pauses the payouts of shop {@code vendorId} with {@code reason} through the form. */
    public void pausePayouts(long vendorId, String reason) {
        browser.type(By.id("pausesForm:pauseShop"), String.valueOf(vendorId));
        browser.type(By.id("pausesForm:pauseReason"), reason);
        browser.clickSettled(By.id("pausesForm:pause"));
    }

    /** Resumes the payouts of shop {@code vendorId} from its row among the paused shops. */
    public void resumePayouts(long vendorId) {
        WebElement row = browser.findAll(PAUSED_ROWS).stream().filter(r -> r.getText().contains("#" + vendorId))
                .findFirst().orElseThrow(() -> new AssertionError("shop " + vendorId + " is not among the paused"));
        row.findElement(By.cssSelector("button[id$=':resume']")).click();
    }

    /** The reconciliation by day's rows: day, currency, paid, refunded, disputed, paid out, ledger, difference. */
    public List<List<String>> dailyReconciliation() {
        browser.awaitVisible(DAILY_ROWS);
        return rows(DAILY_ROWS);
    }

    /** Whether the commission chart is drawn (a canvas inside it). */
    public boolean commissionChartDrawn() {
        return browser.has(By.cssSelector("#commissionChart canvas"));
    }

    /** Asks for the monthly statement of {@code month} (2026-12) in {@code currency}; for admins of shop {@code shop} (else null). */
    public StatementPage openStatement(String month, String currency, Long shop) {
        browser.select(By.id("statementMonth")).selectByValue(month);
        browser.select(By.id("statementCurrency")).selectByValue(currency);
        if (shop != null) {
            browser.type(By.id("statementShop"), String.valueOf(shop));
        }
        browser.click(By.id("showStatement"));
        return StatementPage.awaitOpen(browser);
    }

    /** The digits of a money cell ("NOK 1,234.50" → "123450"): compared with minor units. */
    public static String digits(String cell) {
        return cell.replaceAll("[^0-9]", "");
    }

    private List<List<String>> rows(By rows) {
        return browser.findAll(rows).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).map(String::strip).toList())
                .toList();
    }
}
