package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.bazaar.it.browser.pages.BackOfficePage;
import dev.bazaar.it.browser.pages.BackOfficeSignInPage;
import dev.bazaar.it.browser.pages.OutgoingMailPage;
import dev.bazaar.it.browser.pages.UsersPage;
import dev.bazaar.it.http.Http;
import dev.bazaar.it.http.Mailbox;
import dev.bazaar.it.http.TestAccounts;
import jakarta.json.Json;

/** A platform admin disables an account, which then cannot sign in, and enables it again. */
class UserManagementBrowserIT extends BrowserTest {

    private static final String PASSWORD = "disable-me-please";

    @Test
    void anAdminDisablesAUserWhoThenCannotLogInAndEnablesThemAgain() throws Exception {
        String email = "managed-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        TestAccounts.registerVerified(email, PASSWORD, "Managed User");
        assertEquals(200, apiLogin(email));

        UsersPage users = BackOfficeSignInPage.reachFrom(browser, UsersPage.PATH)
                .signInAs(DemoAccounts.ADMIN, DemoAccounts.PASSWORD, UsersPage::new).awaitShown();
        users.searchFor(email);
        disableAndEnableAgain(users, email);
        refuseVendorRolesThenMakeAnAdmin(users, email);
    }

    @Test
    void anAdminReadsTheMailBazaarSentWithItsLinks() throws Exception {
        String email = "mailed-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        TestAccounts.register(email, PASSWORD, "Mailed User");
        Mailbox.awaitMail(email, 1);

        OutgoingMailPage mails = BackOfficeSignInPage.reachFrom(browser, OutgoingMailPage.PATH)
                .signInAs(DemoAccounts.ADMIN, DemoAccounts.PASSWORD, OutgoingMailPage::new).awaitShown();
        OutgoingMailPage.Mail mail = mails.searchFor(email);
        assertEquals("Confirm your e-mail address for Bazaar", mail.subject());
        assertEquals("SENT", mail.status());

        String link = mail.link();
        assertTrue(link.startsWith(Browser.BASE_URL + "/verify-email.xhtml?token="), link);
        browser.screenshot("15-admin-outgoing-mail");
    }

    @Test
    void vendorStaffNeitherSeeNorOpenUserManagement() {
        BackOfficePage start = BackOfficeSignInPage.reachFrom(browser, "/admin/")
                .signInAs(DemoAccounts.NORDIC_STAFF, DemoAccounts.PASSWORD).awaitCaller();
        assertFalse(start.hasLink("Users"));

        UsersPage users = UsersPage.open(browser);

        users.awaitForbidden();
        assertFalse(users.showsUsers());
    }

    private void disableAndEnableAgain(UsersPage users, String email) throws Exception {
        users.disable();
        users.awaitFormMessage(email + " is disabled: they can no longer sign in, and their app sessions have ended.");
        assertEquals("DISABLED", users.status());
        browser.screenshot("13-admin-user-disabled");
        assertEquals(401, apiLogin(email), "a disabled account cannot log in");

        users.enable();
        users.awaitFormMessage(email + " is enabled again.");
        assertEquals(200, apiLogin(email));
    }

    private void refuseVendorRolesThenMakeAnAdmin(UsersPage users, String email) throws Exception {
        users.toggleRoles("VENDOR_STAFF");
        users.saveRoles();
        users.awaitFormMessage("Not done: Vendor roles need the account to work for a vendor.");
        browser.screenshot("14-admin-roles-refused");
        assertEquals("[\"CUSTOMER\"]", rolesOf(email));

        users.toggleRoles("PLATFORM_ADMIN"); // the menu shows the stored roles again after the refusal
        users.saveRoles();
        users.awaitFormMessage("Roles of " + email + " saved.");
        assertEquals("[\"PLATFORM_ADMIN\",\"CUSTOMER\"]", rolesOf(email));
    }

    /** The account's roles as its own token tells them. */
    private static String rolesOf(String email) {
        return TestAccounts.me(email, PASSWORD).getJsonArray("roles").toString();
    }

    private static int apiLogin(String email) {
        return Http.postFrom(Http.someClientAddress(), "/api/v1/auth/login", "application/json",
                Json.createObjectBuilder().add("email", email).add("password", PASSWORD).build().toString()).statusCode();
    }
}
