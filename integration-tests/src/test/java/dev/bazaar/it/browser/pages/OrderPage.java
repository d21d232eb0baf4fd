package dev.bazaar.it.browser.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.bazaar.it.browser.Browser;

/**
 * A shopper's order on the storefront: its number, how to pay (the bank details, or Stripe's card form),
 * its refunds, and a part per shop with its shipment.
 */
public final class OrderPage extends StorefrontPage {

    private static final By PAYMENT_ELEMENT = By.cssSelector("#paymentElement [data-bazaar-stripe-stand-in='payment']");
    private static final By PAY = By.id("payButton");
    private static final By PAYMENT_ERROR = By.id("paymentError");

    public OrderPage(Browser browser) {
        super(browser);
    }

    public static OrderPage open(Browser browser, String number) {
        browser.open("/order.xhtml?number=" + number);
        return new OrderPage(browser);
    }

    /** The order's number, from its title once it shows. */
    public String number() {
        WebElement title = browser.awaitVisible(By.id("orderTitle"));
        return title.getText().replace("Order ", "").strip();
    }

    /** The banner shown once the order is placed. */
    public String placedBanner() {
        return browser.text(By.id("orderForm:placedBanner"));
    }

    public String paymentInstructions() {
        return browser.text(By.id("orderForm:paymentInstructions"));
    }

    // ---- paying by card (Stripe's Payment Element; offline, the stand-in's, which offers Stripe's test cards)

    /** Waits until Stripe's Payment Element is mounted and the Pay button can be pressed. */
    public void awaitCardForm() {
        browser.awaitVisible(PAYMENT_ELEMENT);
        browser.awaitClickable(PAY);
    }

    public boolean showsCardForm() {
        return browser.has(PAY);
    }

    /** What the card form says to pay (and why the last attempt failed, if it did). */
    public String cardInstructions() {
        return browser.text(By.id("cardInstructions"));
    }

    /** What the page says about Bazaar's offline stand-in for Stripe. */
    public String standInNotice() {
        return browser.text(By.id("standInNotice"));
    }

    /** What the Payment Element itself says (the stand-in's notice that no real card is charged). */
    public String paymentElementNotice() {
        return browser.text(By.cssSelector("[data-bazaar-stripe-stand-in-notice]"));
    }

    /** Chooses one of Stripe's test cards by its payment method: pm_card_visa, pm_card_chargeDeclined … */
    public void chooseTestCard(String paymentMethod) {
        browser.awaitClickable(By.cssSelector("input[name='standin-card'][value='" + paymentMethod + "']")).click();
    }

    /** Presses Pay: Stripe confirms the payment and, when it succeeds, sends the browser back to this order. */
    public void pay() {
        browser.awaitClickable(PAY).click();
    }

    /** Waits until the card form's alert says {@code text} (Stripe's message for a decline). */
    public void awaitPaymentError(String text) {
        browser.awaitText(PAYMENT_ERROR, text);
    }

    public String paymentError() {
        return browser.text(PAYMENT_ERROR);
    }

    /** Waits until Stripe has sent the browser back to the order page. */
    public void awaitReturnFromStripe() {
        browser.awaitUrl("redirect_status=");
    }

    /** Waits until the page says the order was paid by card. */
    public String awaitPaidByCard() {
        return browser.awaitVisible(By.id("orderForm:paidByCard")).getText();
    }

    /** The order's refunds, once there are {@code count} of them: amount, part, status in words, reason. */
    public List<String> awaitRefunds(int count) {
        return browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#refunds .refund"), count))
                .stream().map(WebElement::getText).toList();
    }

    /** What each shop's part says, once there are {@code count} of them. */
    public List<String> awaitParts(int count) {
        return browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".order-part"), count))
                .stream().map(WebElement::getText).toList();
    }
}
