package dev.bazaar.it.browser.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import dev.bazaar.it.browser.Browser;

/** A product on the storefront, at its readable address: a variant to choose, its price and stock, and the cart button. */
public final class ProductPage extends StorefrontPage {

    private static final By VARIANT = By.id("buyForm:variant");
    private static final By VARIANT_PRICE = By.id("variantPrice");

    public ProductPage(Browser browser) {
        super(browser);
    }

    public static ProductPage open(Browser browser, String slug) {
        browser.open("/p/" + slug);
        return new ProductPage(browser);
    }

    public void awaitName(String name) {
        browser.awaitText(By.id("productName"), name);
    }

    /** The page's meta description, what search engines show. */
    public String description() {
        return browser.find(By.cssSelector("meta[name=description]")).getAttribute("content");
    }

    public String variantPrice() {
        return browser.text(VARIANT_PRICE);
    }

    public void awaitVariantPrice(String text) {
        browser.awaitText(VARIANT_PRICE, text);
    }

    public String availability() {
        return browser.text(By.id("availability"));
    }

    /** The button that puts the product in the cart. */
    public static final By ADD_TO_CART = By.id("buyForm:addToCart");

    /** What the variant picker is called (the option's name). */
    public String variantLabel() {
        return browser.text(By.id("buyForm:variantLabel"));
    }

    /** The details list as it reads: each name with its value, such as "Weight: 4 kg". */
    public List<String> details() {
        return browser.findAll(By.cssSelector(".attributes dt")).stream()
                .map(dt -> dt.getText() + ": " + dt.findElement(By.xpath("following-sibling::dd[1]")).getText()).toList();
    }

    /** The line under the name: who sells it, and its brand when that is not the shop. */
    public String vendorLine() {
        return browser.text(By.cssSelector(".product-page .vendor"));
    }

    /** The message about adding to the cart, once one shows. */
    public WebElement awaitCartMessage() {
        return browser.awaitVisible(By.cssSelector("#buyForm\\:cartMessages .messages li"));
    }

    /** Picks a variant by what the list shows for it, such as "S (sold out)", once the list can be used. */
    public void chooseVariant(String label) {
        browser.awaitClickable(VARIANT);
        browser.select(VARIANT).selectByVisibleText(label);
    }

    public void setQuantity(String quantity) {
        browser.type("buyForm:quantity", quantity);
    }

    public void addToCart() {
        browser.click(ADD_TO_CART);
    }

    /** Waits for the "to the cart" link that adding shows. */
    public void awaitToCartLink() {
        browser.awaitVisible(By.id("toCart"));
    }

    public void awaitMainImage() {
        browser.awaitImage("#mainImage");
    }

    public String mainImageAlt() {
        return browser.find(By.id("mainImage")).getAttribute("alt");
    }

    /** Follows the link to the shop that sells it. */
    public ShopPage openShop() {
        browser.click(By.id("vendorLink"));
        return new ShopPage(browser);
    }
}
