package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.bazaar.it.browser.pages.AccountPage;
import dev.bazaar.it.browser.pages.AddressBookPage;
import dev.bazaar.it.browser.pages.ForgotPasswordPage;
import dev.bazaar.it.browser.pages.RegisterPage;
import dev.bazaar.it.browser.pages.ResetPasswordPage;
import dev.bazaar.it.browser.pages.StorefrontPage;
import dev.bazaar.it.browser.pages.StorefrontSignInPage;
import dev.bazaar.it.browser.pages.VerifyEmailPage;
import dev.bazaar.it.http.Mailbox;
import dev.bazaar.it.http.TestAccounts;

/**
 * A shopper creates an account on the storefront, confirms the address from the mail, signs in,
 * edits their profile and signs out; another resets a forgotten password.
 */
class StorefrontAccountBrowserIT extends BrowserTest {

    private static final String PASSWORD = "strawberry-jam-2026";

    @Test
    void aShopperRegistersSignsInEditsTheirProfileAndSignsOut() throws Exception {
        String email = "shopper-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";

        StorefrontSignInPage signIn = registerAfterATooShortPassword(email);
        cannotSignInBeforeConfirmingTheAddress(signIn, email);
        StorefrontPage signedIn = confirmTheAddressAndSignIn(email);
        editTheProfile(signedIn, email);
        signOut(signedIn);
    }

    @Test
    void aShopperWhoForgotTheirPasswordChoosesANewOneThroughTheMailedLink() throws Exception {
        String email = "forgetful-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        TestAccounts.registerVerified(email, PASSWORD, "Forgetful Fred");
        ForgotPasswordPage forgot = StorefrontSignInPage.open(browser).forgotPassword();
        forgot.requestLink(email);
        forgot.awaitRequested("we have mailed it a link");

        ResetPasswordPage reset = ResetPasswordPage.follow(browser, Mailbox.awaitMail(email, 2).link(Mailbox.RESET_PAGE));
        reset.tryNewPassword("short");
        reset.awaitNewPasswordMessage("New password must be at least 10 characters");
        browser.screenshot("25-storefront-reset-refused");
        StorefrontSignInPage signIn = reset.chooseNewPassword("a-brand-new-password");
        signIn.awaitPasswordReset("Your new password is saved.");

        signIn.tryToSignInAs(email, PASSWORD);
        signIn.awaitMessage("The e-mail address or the password is wrong.");
        signIn.signInAs(email, "a-brand-new-password").awaitSignedInAs(email);
    }

    @Test
    void theAccountPageAsksAVisitorToSignInAndReturnsThemToIt() {
        StorefrontSignInPage signIn = StorefrontSignInPage.sentFrom(browser, AccountPage.PATH);

        AccountPage account = signIn.signInAs(DemoAccounts.SHOPPER, DemoAccounts.PASSWORD, AccountPage::new).awaitShown();

        assertTrue(account.email().contains(DemoAccounts.SHOPPER));
    }

    @Test
    void aShopperKeepsAnAddressBookWithDefaults() throws Exception {
        String email = "addresses-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        TestAccounts.registerVerified(email, PASSWORD, "Ada");
        AddressBookPage addresses = StorefrontSignInPage.sentFrom(browser, AddressBookPage.PATH)
                .signInAs(email, PASSWORD, AddressBookPage::new).awaitShown();

        addresses.save();
        addresses.awaitForm("City is required");
        addAddress(addresses, "Ada Lovelace", "12 St James's Square", "SW1Y 4JH", "London", "GB", 1);
        addAddress(addresses, "Ada at work", "1 Science Park", "CB4 0FZ", "Cambridge", "GB", 2);
        browser.screenshot("22-storefront-addresses");

        String first = addresses.card(0);
        assertTrue(first.contains("Default shipping") && first.contains("Default billing"),
                "the first address is the default for both: " + first);
        addresses.remove(0);
        addresses.awaitMessage("Address removed.");
        addresses.awaitCards(1);
        assertTrue(addresses.card(0).contains("Ada at work"));

        addresses.editFirst();
        addresses.awaitForm("Edit address");
        addresses.changeCity("Cambridge (Science Park)");
        addresses.awaitMessage("Address saved.");
        assertTrue(addresses.card(0).contains("Cambridge (Science Park)"));
    }

    // ---- the steps of a shopper's first visits

    private StorefrontSignInPage registerAfterATooShortPassword(String email) throws IOException {
        RegisterPage register = StorefrontPage.open(browser, "/").openRegister();
        register.tryToRegister("Grace Hopper", email, "short");
        register.awaitPasswordMessage("Password must be at least 10 characters");
        browser.screenshot("20-storefront-register-refused");
        StorefrontSignInPage signIn = register.registerWithPassword(PASSWORD);
        signIn.awaitRegistered("We have mailed you a link");
        return signIn;
    }

    private void cannotSignInBeforeConfirmingTheAddress(StorefrontSignInPage signIn, String email) throws IOException {
        signIn.tryToSignInAs(email, PASSWORD);
        signIn.awaitMessage("Confirm your e-mail address first");
        browser.screenshot("23-storefront-sign-in-unverified");
    }

    private StorefrontPage confirmTheAddressAndSignIn(String email) throws IOException {
        VerifyEmailPage verified = VerifyEmailPage.follow(browser, Mailbox.awaitMail(email, 1).link(Mailbox.VERIFY_PAGE));
        verified.awaitVerified(email + " is confirmed");
        browser.screenshot("24-storefront-email-confirmed");
        StorefrontPage signedIn = verified.signIn().signInAs(email, PASSWORD);
        signedIn.awaitSignedInAs(email);
        return signedIn;
    }

    private void editTheProfile(StorefrontPage signedIn, String email) throws IOException {
        AccountPage account = signedIn.openAccount();
        account.awaitEmail(email);
        account.saveProfile("Rear Admiral Grace Hopper", "+1 202 555 0143");
        account.awaitMessage("Your profile is saved.");
        browser.screenshot("21-storefront-account");
        assertEquals("Rear Admiral Grace Hopper", TestAccounts.me(email, PASSWORD).getString("name"));
    }

    private void signOut(StorefrontPage signedIn) {
        signedIn.signOut().awaitMainText("You are signed out.");
        StorefrontSignInPage.sentFrom(browser, AccountPage.PATH); // a visitor again
    }

    private static void addAddress(AddressBookPage addresses, String recipient, String line1, String postalCode, String city,
                                   String country, int cardsAfter) {
        addresses.add(recipient, line1, postalCode, city, country);
        addresses.awaitCards(cardsAfter);
        addresses.awaitMessage("Address added.");
    }
}
