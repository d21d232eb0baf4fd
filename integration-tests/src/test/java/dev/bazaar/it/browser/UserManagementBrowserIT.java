package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

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

        browser.open("/admin/users.xhtml");
        browser.signInToBackOffice(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        wait.until(ExpectedConditions.urlContains("/admin/users.xhtml"));
        searchForTheOnlyRow("usersForm", "users", email);
        row().findElement(By.xpath(".//button[.//span[text()='Disable']]")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("usersForm:messages"),
                email + " is disabled: they can no longer sign in, and their app sessions have ended."));
        assertEquals("DISABLED", row().findElement(By.className("user-status")).getText());
        browser.screenshot("13-admin-user-disabled");
        assertEquals(401, apiLogin(email), "a disabled account cannot log in");

        row().findElement(By.xpath(".//button[.//span[text()='Enable']]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("usersForm:messages"), email + " is enabled again."));
        assertEquals(200, apiLogin(email));

        toggleRoles("VENDOR_STAFF");
        row().findElement(By.xpath(".//button[.//span[text()='Save roles']]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("usersForm:messages"),
                "Not done: Vendor roles need the account to work for a vendor."));
        browser.screenshot("14-admin-roles-refused");
        assertEquals("[\"CUSTOMER\"]", rolesOf(email));

        toggleRoles("PLATFORM_ADMIN"); // the menu shows the stored roles again after the refusal
        row().findElement(By.xpath(".//button[.//span[text()='Save roles']]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("usersForm:messages"), "Roles of " + email + " saved."));
        assertEquals("[\"PLATFORM_ADMIN\",\"CUSTOMER\"]", rolesOf(email));
    }

    @Test
    void anAdminReadsTheMailBazaarSentWithItsLinks() throws Exception {
        String email = "mailed-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        TestAccounts.register(email, PASSWORD, "Mailed User");
        Mailbox.awaitMail(email, 1);

        browser.open("/admin/mail.xhtml");
        browser.signInToBackOffice(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        wait.until(ExpectedConditions.urlContains("/admin/mail.xhtml"));
        WebElement row = searchForTheOnlyRow("mailForm", "mails", email);
        assertEquals("Confirm your e-mail address for Bazaar", row.findElement(By.className("mail-subject")).getText());
        assertEquals("SENT", row.findElement(By.className("mail-status")).getText());

        row.findElement(By.className("ui-row-toggler")).click();
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".mail-body a")));
        assertTrue(link.getAttribute("href").startsWith(Browser.BASE_URL + "/verify-email.xhtml?token="), link.getAttribute("href"));
        browser.screenshot("15-admin-outgoing-mail");
    }

    /** Ticks or unticks roles in the row's role menu, opened once, then closes the menu. */
    private void toggleRoles(String... roles) {
        row().findElement(By.cssSelector(".ui-selectcheckboxmenu-trigger")).click();
        for (String role : roles) {
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//div[contains(@class,'ui-selectcheckboxmenu-panel')][not(contains(@style,'display: none'))]"
                            + "//li[.//label[normalize-space()='" + role + "']]//div[contains(@class,'ui-chkbox-box')]"))).click();
        }
        browser.driver.findElement(By.tagName("h1")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath(
                "//div[contains(@class,'ui-selectcheckboxmenu-panel')][not(contains(@style,'display: none'))]")));
    }

    @Test
    void vendorStaffNeitherSeeNorOpenUserManagement() {
        browser.open("/admin/");
        browser.signInToBackOffice(DemoAccounts.NORDIC_STAFF, DemoAccounts.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caller")));
        assertTrue(browser.driver.findElements(By.linkText("Users")).isEmpty());

        browser.open("/admin/users.xhtml");

        wait.until(d -> d.getPageSource().contains("403") || d.getPageSource().contains("AuthorizationFailed"));
        assertTrue(browser.driver.findElements(By.id("usersForm:users")).isEmpty());
    }

    private WebElement row() {
        return browser.driver.findElement(By.cssSelector("#usersForm\\:users_data tr"));
    }

    /** The account's roles as its own token tells them. */
    private static String rolesOf(String email) {
        String token = Http.json(Http.postFrom(Http.someClientAddress(), "/api/v1/auth/login", "application/json",
                Json.createObjectBuilder().add("email", email).add("password", PASSWORD).build().toString()))
                .getString("accessToken");
        return Http.json(Http.getWithToken("/api/v1/me", token)).getJsonArray("roles").toString();
    }

    private static int apiLogin(String email) {
        return Http.postFrom(Http.someClientAddress(), "/api/v1/auth/login", "application/json",
                Json.createObjectBuilder().add("email", email).add("password", PASSWORD).build().toString()).statusCode();
    }
}
