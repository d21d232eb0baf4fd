package dev.bazaar.identity.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.bazaar.identity.domain.TokenPurpose;
import dev.bazaar.identity.domain.UserAccount;
import dev.bazaar.notification.application.MailMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The words of the mails the identity context sends; the links lead to storefront pages. */
@ApplicationScoped
public class AccountMails {

    static final String VERIFY_PAGE = "/verify-email.xhtml";
    static final String RESET_PAGE = "/reset-password.xhtml";

    @Inject
    @ConfigProperty(name = "bazaar.public-url", defaultValue = "http://localhost:9080")
    String publicUrl;

    MailMessage verification(UserAccount account, String token) {
        return new MailMessage(account.email(), "Confirm your e-mail address for Bazaar", """
                Hello %s,

                welcome to Bazaar. Please confirm that this is your e-mail address by opening this link:

                %s

                The link works once, within %d hours. If you did not open an account at Bazaar, ignore
                this mail: without the link nobody can sign in with this address.

                Bazaar
                """.formatted(account.displayName(), link(VERIFY_PAGE, token), TokenPurpose.VERIFY_EMAIL.lifetime().toHours()));
    }

    MailMessage passwordReset(UserAccount account, String token) {
        return new MailMessage(account.email(), "Reset your Bazaar password", """
                Hello %s,

                someone, hopefully you, asked to reset the password of your Bazaar account. Choose a new
                password here:

                %s

                The link works once, within %d minutes. If you did not ask for it, ignore this mail: your
                password stays as it is.

                Bazaar
                """.formatted(account.displayName(), link(RESET_PAGE, token), TokenPurpose.RESET_PASSWORD.lifetime().toMinutes()));
    }

    private String link(String page, String token) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + page + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
