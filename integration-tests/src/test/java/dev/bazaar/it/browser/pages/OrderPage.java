package dev.bazaar.it.browser.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.bazaar.it.browser.Browser;

/** A shopper's order on the storefront: its number, how to pay, and a part per shop with its shipment. */
public final class OrderPage extends StorefrontPage {

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

    /** What each shop's part says, once there are {@code count} of them. */
    public List<String> awaitParts(int count) {
        return browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".order-part"), count))
                .stream().map(WebElement::getText).toList();
    }
}
