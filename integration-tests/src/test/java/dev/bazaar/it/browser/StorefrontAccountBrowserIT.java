package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import dev.bazaar.it.http.Http;
import dev.bazaar.it.http.Mailbox;
import dev.bazaar.it.http.TestAccounts;
import jakarta.json.Json;

/**
 * A shopper creates an account on the storefront, confirms the address from the mail, signs in,
 * edits their profile and signs out; another resets a forgotten password.
 */
class StorefrontAccountBrowserIT extends BrowserTest {

    private static final String PASSWORD = "strawberry-jam-2026";


    @Test
    void aShopperRegistersSignsInEditsTheirProfileAndSignsOut() throws Exception {
        String email = "shopper-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        browser.open("/");
        browser.driver.findElement(By.id("registerLink")).click();

        type("registerForm:name", "Grace Hopper");
        type("registerForm:email", email);
        type("registerForm:password", "short");
        browser.driver.findElement(By.id("registerForm:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("registerForm:passwordMessage"),
                "Password must be at least 10 characters"));
        browser.screenshot("20-storefront-register-refused");
        type("registerForm:password", PASSWORD);
        browser.driver.findElement(By.id("registerForm:submit")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("registered"), "We have mailed you a link"));
        signIn(email, PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("loginMessages"), "Confirm your e-mail address first"));
        browser.screenshot("23-storefront-sign-in-unverified");

        String link = Mailbox.awaitMail(email, 1).link(Mailbox.VERIFY_PAGE);
        browser.driver.get(link);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verified"), email + " is confirmed"));
        browser.screenshot("24-storefront-email-confirmed");
        browser.driver.findElement(By.id("signIn")).click();
        signIn(email, PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accountLink"), email));

        browser.driver.findElement(By.id("accountLink")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accountEmail"), email));
        type("profileForm:name", "Rear Admiral Grace Hopper");
        type("profileForm:phone", "+1 202 555 0143");
        browser.driver.findElement(By.id("profileForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accountMessages"), "Your profile is saved."));
        browser.screenshot("21-storefront-account");
        assertEquals("Rear Admiral Grace Hopper", nameThroughTheApi(email));

        browser.driver.findElement(By.id("sessionForm:signOut")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "You are signed out."));
        browser.open("/account.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    @Test
    void aShopperWhoForgotTheirPasswordChoosesANewOneThroughTheMailedLink() throws Exception {
        String email = "forgetful-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        TestAccounts.registerVerified(email, PASSWORD, "Forgetful Fred");
        browser.open("/login.xhtml");
        browser.driver.findElement(By.id("forgotLink")).click();
        type("forgotForm:email", email);
        browser.driver.findElement(By.id("forgotForm:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("requested"), "we have mailed it a link"));

        browser.driver.get(Mailbox.awaitMail(email, 2).link(Mailbox.RESET_PAGE));
        type("resetForm:newPassword", "short");
        browser.driver.findElement(By.id("resetForm:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("resetForm:newPasswordMessage"),
                "New password must be at least 10 characters"));
        browser.screenshot("25-storefront-reset-refused");
        type("resetForm:newPassword", "a-brand-new-password");
        browser.driver.findElement(By.id("resetForm:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("passwordReset"), "Your new password is saved."));

        signIn(email, PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("loginMessages"), "The e-mail address or the password is wrong."));
        signIn(email, "a-brand-new-password");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accountLink"), email));
    }

    @Test
    void theAccountPageAsksAVisitorToSignInAndReturnsThemToIt() {
        browser.open("/account.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));

        type("loginForm:email", DemoAccounts.SHOPPER);
        type("loginForm:password", DemoAccounts.PASSWORD);
        browser.driver.findElement(By.id("loginForm:submit")).click();

        wait.until(ExpectedConditions.urlContains("/account.xhtml"));
        assertTrue(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accountEmail"))).getText()
                .contains(DemoAccounts.SHOPPER));
    }

    @Test
    void aShopperKeepsAnAddressBookWithDefaults() throws Exception {
        String email = "addresses-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        TestAccounts.registerVerified(email, PASSWORD, "Ada");
        browser.open("/addresses.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        type("loginForm:email", email);
        type("loginForm:password", PASSWORD);
        browser.driver.findElement(By.id("loginForm:submit")).click();
        wait.until(ExpectedConditions.urlContains("/addresses.xhtml"));

        browser.driver.findElement(By.id("addressForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("addressForm"), "City is required"));
        addAddress("Ada Lovelace", "12 St James's Square", "SW1Y 4JH", "London", "GB", 1);
        addAddress("Ada at work", "1 Science Park", "CB4 0FZ", "Cambridge", "GB", 2);
        browser.screenshot("22-storefront-addresses");

        WebElement first = browser.driver.findElements(By.className("address-card")).get(0);
        assertTrue(first.getText().contains("Default shipping") && first.getText().contains("Default billing"),
                "the first address is the default for both: " + first.getText());
        first.findElement(By.cssSelector("button.remove")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("addressMessages"), "Address removed."));
        wait.until(d -> d.findElements(By.className("address-card")).size() == 1);
        assertTrue(browser.driver.findElement(By.className("address-card")).getText().contains("Ada at work"));

        browser.driver.findElement(By.cssSelector(".address-card button.edit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("addressForm"), "Edit address"));
        type("addressForm:city", "Cambridge (Science Park)");
        browser.driver.findElement(By.id("addressForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("addressMessages"), "Address saved."));
        assertTrue(browser.driver.findElement(By.className("address-card")).getText().contains("Cambridge (Science Park)"));
    }

    private void addAddress(String recipient, String line1, String postalCode, String city, String country, int cardsAfter) {
        type("addressForm:recipient", recipient);
        type("addressForm:line1", line1);
        type("addressForm:postalCode", postalCode);
        type("addressForm:city", city);
        new Select(browser.driver.findElement(By.id("addressForm:country"))).selectByValue(country);
        browser.driver.findElement(By.id("addressForm:save")).click();
        wait.until(d -> d.findElements(By.className("address-card")).size() == cardsAfter);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("addressMessages"), "Address added."));
    }

    private void signIn(String email, String password) {
        type("loginForm:email", email);
        type("loginForm:password", password);
        browser.driver.findElement(By.id("loginForm:submit")).click();
    }

    private static String nameThroughTheApi(String email) {
        String token = Http.json(Http.postFrom(Http.someClientAddress(), "/api/v1/auth/login", "application/json",
                Json.createObjectBuilder().add("email", email).add("password", PASSWORD).build().toString()))
                .getString("accessToken");
        return Http.json(Http.getWithToken("/api/v1/me", token)).getString("name");
    }
}
