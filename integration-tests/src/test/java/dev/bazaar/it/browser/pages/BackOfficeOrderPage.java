package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.bazaar.it.browser.Browser;

/**
 * An order in the back office: for a shop, its own part and the next step (accept, ship, deliver); for
 * an admin, the whole checkout with every shop's part, cancelling a part, recording the payment, and
 * the card payment with its refunds.
 */
public final class BackOfficeOrderPage extends BackOfficePage {

    private static final By PART = By.className("order-part");
    private static final By MARK_PAID = By.id("paymentForm:markPaid");
    private static final By ACCEPT = By.id("stepForm:accept");

    public BackOfficeOrderPage(Browser browser) {
        super(browser);
    }

    /** Opens an order ({@code BZ100001}) or a shop's part of it ({@code BZ100001-2}). */
    public static BackOfficeOrderPage open(Browser browser, String number) {
        browser.open("/admin/order.xhtml?number=" + number);
        return new BackOfficeOrderPage(browser);
    }

    /** Waits for the note that the customer has not paid yet. */
    public void awaitWaitingForPayment() {
        browser.awaitVisible(By.id("waiting"));
    }

    public boolean canAccept() {
        return browser.has(ACCEPT);
    }

    public void accept() {
        browser.awaitClickable(ACCEPT).click();
    }

    /** Marks the part shipped with the carrier's name only, no tracking number. */
    public void ship(String carrier) {
        browser.type("stepForm:carrier", carrier);
        browser.click(By.id("stepForm:ship"));
    }

    /** Marks the part shipped with the carrier and its tracking number. */
    public void ship(String carrier, String tracking) {
        browser.type("stepForm:carrier", carrier);
        browser.type("stepForm:tracking", tracking);
        browser.click(By.id("stepForm:ship"));
    }

    public void deliver() {
        browser.awaitClickable(By.id("stepForm:deliver")).click();
    }

    /** What the shipment's tracking line says. */
    public String tracking() {
        return browser.text(By.className("tracking"));
    }

    /** What the part's status history says. */
    public String history() {
        return browser.text(By.className("history"));
    }

    /** Records the customer's payment (the manual method's transfer). */
    public void markPaid() {
        browser.awaitClickable(MARK_PAID).click();
    }

    /** Records the payment with a note, such as the bank's reference. */
    public void markPaid(String note) {
        browser.type("paymentForm:note", note);
        markPaid();
    }

    public boolean canMarkPaid() {
        return browser.has(MARK_PAID);
    }

    /** Waits until the payment badge stands for {@code status} (the code; the badge reads it in words). */
    public void awaitPaymentStatus(String status) {
        browser.awaitAttribute(By.id("paymentStatus"), "data-status", status);
    }

    /** Whether the page shows any shop's part (it does not for a part that is not the shop's). */
    public boolean showsParts() {
        return browser.has(PART);
    }

    /** Waits until the page shows {@code count} shops' parts. */
    public void awaitParts(int count) {
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(PART, count));
    }

    /** Who ordered, as the page shows them. */
    public String customer() {
        return browser.text(By.id("customer"));
    }

    // ---- the money: the card payment, refunds, disputes

    /** The card payment's status as Stripe last told it (SUCCEEDED …). */
    public String cardStatus() {
        return browser.text(By.id("cardStatus"));
    }

    /** The Stripe PaymentIntent's id. */
    public String intentId() {
        return browser.text(By.id("intentId"));
    }

    /** An admin refunds {@code amount} (a decimal; empty for all that remains) of a part, for {@code reason}. */
    public void refund(String part, String amount, String reason) {
        browser.select(By.id("refundForm:refundPart")).selectByValue(part);
        browser.type("refundForm:refundAmount", amount);
        browser.type("refundForm:refundReason", reason);
        browser.click(By.id("refundForm:refund"));
    }

    /** Waits until the refunds table has a row for {@code part} in {@code status}, and returns what the row says. */
    public String awaitRefund(String part, String status) {
        By row = By.cssSelector("#refundsTable tr.refund[data-part='" + part + "']");
        return browser.wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElements(row).stream()
                .map(WebElement::getText).filter(text -> text.contains(status)).findFirst().orElse(null));
    }

    public boolean showsDisputed() {
        return browser.has(By.id("disputedFlag"));
    }

    /** What the Disputed panel says of each dispute: opened, amount, reason, status, outcome. */
    public String disputes() {
        return browser.text(By.id("disputes"));
    }

    /** Opens the cancel box of the part at {@code index} (from 0) and cancels it without giving a reason. */
    public void cancelPartWithoutReason(int index) {
        openCancelBox(index);
        browser.click(cancel(index));
    }

    /** Opens the cancel box of the part at {@code index} (from 0) and cancels it for {@code reason}. */
    public void cancelPart(int index, String reason) {
        openCancelBox(index);
        browser.type("parts:" + index + ":cancelForm:reason", reason);
        browser.click(cancel(index));
    }

    private void openCancelBox(int index) {
        browser.findAll(PART).get(index).findElement(By.tagName("summary")).click();
    }

    private static By cancel(int index) {
        return By.id("parts:" + index + ":cancelForm:cancel");
    }
}
