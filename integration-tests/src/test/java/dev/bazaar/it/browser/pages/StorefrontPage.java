package dev.bazaar.it.browser.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import dev.bazaar.it.browser.Browser;

/** Any storefront page: its header (search, cart, sign-in and account links) is what every page shares. */
public class StorefrontPage extends Page {

    private static final By SEARCH = By.id("searchForm:q_input");
    private static final By CART_COUNT = By.id("cartCount");
    private static final By ACCOUNT_LINK = By.id("accountLink");

    public StorefrontPage(Browser browser) {
        super(browser);
    }

    /** Opens a storefront page that needs nothing more of its own here, such as the start page {@code "/"}. */
    public static StorefrontPage open(Browser browser, String path) {
        browser.open(path);
        return new StorefrontPage(browser);
    }

    /** Searches from the header as a shopper does: types and presses the search button. */
    public SearchResultsPage search(String text) {
        typeInSearch(text);
        browser.click(By.id("searchForm:go"));
        return new SearchResultsPage(browser);
    }

    /** Types into the header's search box, which suggests as it goes. */
    public void typeInSearch(String text) {
        browser.awaitVisible(SEARCH).sendKeys(text);
    }

    /** Waits for the search box to suggest {@code text}. */
    public Suggestion awaitSuggestion(String text) {
        return new Suggestion(browser.awaitClickable(By.xpath(
                "//li[contains(@class,'ui-autocomplete-item')][normalize-space()='" + text + "']")));
    }

    /** One suggestion under the search box. */
    public final class Suggestion {

        private final WebElement item;

        private Suggestion(WebElement item) {
            this.item = item;
        }

        public ProductPage follow() {
            item.click();
            return new ProductPage(browser);
        }
    }

    public String cartCount() {
        return browser.text(CART_COUNT);
    }

    public void awaitCartCount(String count) {
        browser.awaitText(CART_COUNT, count);
    }

    public CartPage openCart() {
        browser.click(By.id("cartLink"));
        return new CartPage(browser);
    }

    public StorefrontSignInPage openSignIn() {
        browser.click(By.id("signInLink"));
        return new StorefrontSignInPage(browser);
    }

    public RegisterPage openRegister() {
        browser.click(By.id("registerLink"));
        return new RegisterPage(browser);
    }

    /** Follows "Sell on Bazaar" as a visitor, who is sent to sign in first. */
    public StorefrontSignInPage followSellLink() {
        browser.click(By.id("sellLink"));
        return StorefrontSignInPage.awaitShown(browser);
    }

    /** Waits until the header's account link (the signed-in person's name) says {@code text}. */
    public void awaitSignedInAs(String text) {
        browser.awaitText(ACCOUNT_LINK, text);
    }

    public AccountPage openAccount() {
        browser.click(ACCOUNT_LINK);
        return new AccountPage(browser);
    }

    public StorefrontPage signOut() {
        browser.click(By.id("sessionForm:signOut"));
        return new StorefrontPage(browser);
    }

    /** Opens the menu drawer (a phone's header keeps the account links there) and waits until it shows. */
    public void openMenu() {
        browser.awaitClickable(By.id("menuToggle")).click();
        browser.awaitVisible(By.id("siteMenu"));
    }

    /** Whether the header shows the menu button (phones) rather than the account links (wider windows). */
    public boolean menuButtonShown() {
        return browser.find(By.id("menuToggle")).isDisplayed();
    }

    /** Whether the menu drawer's links show: the account's, its orders' and signing out. */
    public boolean accountLinksShown() {
        return browser.find(ACCOUNT_LINK).isDisplayed() && browser.find(By.id("ordersLink")).isDisplayed()
                && browser.find(By.id("sessionForm:signOut")).isDisplayed();
    }

    public String menuButtonExpanded() {
        return browser.find(By.id("menuToggle")).getAttribute("aria-expanded");
    }

    /** Chooses the storefront's language in the header ("en", "de") and waits until the page is shown again in it. */
    public StorefrontPage chooseLanguage(String code) {
        browser.select(By.id("languageForm:language")).selectByValue(code);
        browser.click(By.id("languageForm:setLanguage"));
        browser.wait.until(d -> code.equals(language()));
        return this;
    }

    /** The page's language, as its html element says it ("en", "de"). */
    public String language() {
        // read by script: an element found just before the next page replaces it would be stale
        return (String) browser.driver.executeScript("return document.documentElement.lang;");
    }

    /** The footer's links, as they read. */
    public List<String> footerLinks() {
        return browser.findAll(By.cssSelector(".site-footer a[id^=footer]")).stream().map(a -> a.getAttribute("textContent").strip()).toList();
    }

    /** Waits until the page's main part says {@code text}. */
    public void awaitMainText(String text) {
        browser.awaitText(By.tagName("main"), text);
    }
}
