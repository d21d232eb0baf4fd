package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.bazaar.it.browser.Browser;

/** A platform admin's users: one account found by search, disabled or enabled, its roles changed. */
public final class UsersPage extends BackOfficePage {

    public static final String PATH = "/admin/users.xhtml";
    private static final String OPEN_ROLE_MENU =
            "//div[contains(@class,'ui-selectcheckboxmenu-panel')][not(contains(@style,'display: none'))]";

    public UsersPage(Browser browser) {
        super(browser);
    }

    public static UsersPage open(Browser browser) {
        browser.open(PATH);
        return new UsersPage(browser);
    }

    /** Waits until the browser is on this page. */
    public UsersPage awaitShown() {
        browser.awaitUrl(PATH);
        return this;
    }

    /** Searches for {@code text} until it is the only row. */
    public void searchFor(String text) {
        searchForTheOnlyRow("usersForm", "users", text);
    }

    public void disable() {
        clickInRow("Disable");
    }

    public void enable() {
        clickInRow("Enable");
    }

    /** Ticks or unticks roles in the row's role menu, opened once, then closes the menu. */
    public void toggleRoles(String... roles) {
        row().findElement(By.cssSelector(".ui-selectcheckboxmenu-trigger")).click();
        for (String role : roles) {
            browser.awaitClickable(By.xpath(OPEN_ROLE_MENU
                    + "//li[.//label[normalize-space()='" + role + "']]//div[contains(@class,'ui-chkbox-box')]")).click();
        }
        browser.click(By.tagName("h1"));
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath(OPEN_ROLE_MENU)));
    }

    public void saveRoles() {
        clickInRow("Save roles");
    }

    /** The row's account status. */
    public String status() {
        return new Row(row()).cell("user-status");
    }

    /** Waits until the messages over the list say {@code text}. */
    public void awaitFormMessage(String text) {
        browser.awaitText(By.id("usersForm:messages"), text);
    }

    /** Whether the page shows the list of users at all. */
    public boolean showsUsers() {
        return browser.has(By.id("usersForm:users"));
    }

    private void clickInRow(String button) {
        new Row(row()).press(button);
    }

    /** The (only) row, found again each time: every action draws it anew. */
    private WebElement row() {
        return browser.find(By.cssSelector("#usersForm\\:users_data tr"));
    }
}
