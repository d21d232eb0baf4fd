package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The back office lets in signed-in staff only, and sends everyone else to its login page. */
class BackOfficeSignInBrowserIT extends BrowserTest {


    @Test
    void aVisitorIsSentToSignInAndReturnsToThePageTheyWanted() throws Exception {
        browser.open("/admin/events.xhtml");

        wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        browser.screenshot("10-admin-sign-in");
        browser.signInToBackOffice(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);

        wait.until(ExpectedConditions.urlContains("/admin/events.xhtml"));
        assertEquals(DemoAccounts.ADMIN, wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caller"))).getText());
        assertTrue(browser.driver.findElement(By.tagName("h1")).getText().contains("Event log"));
    }

    @Test
    void aWrongPasswordIsTurnedAwayWithAMessage() throws Exception {
        browser.open("/admin/");
        wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));

        browser.signInToBackOffice("nobody-" + UUID.randomUUID() + "@example.org", "not-the-password");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("loginMessages"),
                "The e-mail address or the password is wrong."));
        browser.screenshot("11-admin-sign-in-failed");
        browser.open("/admin/");
        wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
    }

    @Test
    void aShopperMayNotEnterTheBackOffice() {
        browser.open("/admin/");
        browser.signInToBackOffice(DemoAccounts.SHOPPER, DemoAccounts.PASSWORD);

        wait.until(d -> d.getPageSource().contains("403") || d.getPageSource().contains("AuthorizationFailed"));
        assertTrue(browser.driver.findElements(By.linkText("Change price")).isEmpty());
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        browser.open("/admin/");
        browser.signInToBackOffice(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sessionForm:signOut"))).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "You are signed out."));
        browser.screenshot("12-admin-signed-out");
        browser.open("/admin/");
        wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
    }
}
