package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.bazaar.it.browser.pages.BackOfficePage;
import dev.bazaar.it.browser.pages.BackOfficeSignInPage;

/** The back office lets in signed-in staff only, and sends everyone else to its login page. */
class BackOfficeSignInBrowserIT extends BrowserTest {

    @Test
    void aVisitorIsSentToSignInAndReturnsToThePageTheyWanted() throws Exception {
        BackOfficeSignInPage signIn = BackOfficeSignInPage.sentFrom(browser, "/admin/events.xhtml");
        browser.screenshot("10-admin-sign-in");

        BackOfficePage events = signIn.signInAs(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);

        events.awaitUrl("/admin/events.xhtml");
        assertEquals(DemoAccounts.ADMIN, events.caller());
        assertTrue(events.heading().contains("Event log"));
    }

    @Test
    void aWrongPasswordIsTurnedAwayWithAMessage() throws Exception {
        BackOfficeSignInPage signIn = BackOfficeSignInPage.sentFrom(browser, "/admin/");

        signIn.tryToSignInAs("nobody-" + UUID.randomUUID() + "@example.org", "not-the-password");

        signIn.awaitMessage("The e-mail address or the password is wrong.");
        browser.screenshot("11-admin-sign-in-failed");
        BackOfficeSignInPage.sentFrom(browser, "/admin/"); // still a visitor
    }

    @Test
    void aShopperMayNotEnterTheBackOffice() {
        BackOfficePage page = BackOfficeSignInPage.reachFrom(browser, "/admin/").signInAs(DemoAccounts.SHOPPER, DemoAccounts.PASSWORD);

        page.awaitForbidden();
        assertFalse(page.hasLink("Change price"));
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        BackOfficePage page = BackOfficeSignInPage.reachFrom(browser, "/admin/").signInAs(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        BackOfficeSignInPage signedOut = page.signOut();

        signedOut.awaitNotice("You are signed out.");
        browser.screenshot("12-admin-signed-out");
        BackOfficeSignInPage.sentFrom(browser, "/admin/"); // a visitor again
    }
}
