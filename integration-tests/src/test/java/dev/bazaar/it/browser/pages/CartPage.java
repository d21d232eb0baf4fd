package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.bazaar.it.browser.Browser;

/** The cart: the lines grouped by the shop that sells them. */
public final class CartPage extends StorefrontPage {

    public CartPage(Browser browser) {
        super(browser);
    }

    /** Waits until the cart shows a group for each of {@code count} shops. */
    public void awaitShops(int count) {
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".cart-shop"), count));
    }

    public CheckoutPage checkout() {
        browser.awaitClickable(By.id("checkout")).click();
        return new CheckoutPage(browser);
    }
}
