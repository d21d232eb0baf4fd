package dev.bazaar.vendor.application;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.bazaar.notification.application.MailMessage;
import dev.bazaar.vendor.domain.Vendor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The words of the mails an applicant receives about their shop. */
@ApplicationScoped
public class VendorMails {

    @Inject
    @ConfigProperty(name = "bazaar.public-url", defaultValue = "http://localhost:9080")
    String publicUrl;

    MailMessage approved(String recipient, Vendor vendor) {
        return new MailMessage(recipient, vendor.name() + " is approved: welcome to Bazaar", """
                Hello,

                your shop %s is approved. Sign in to the back office to add your products and stock:

                %s/admin/

                (If you were signed in already, sign out and in again to see your shop's pages.)

                Your shop's page: %s/shops/%s

                Bazaar
                """.formatted(vendor.name(), base(), base(), vendor.slug()));
    }

    MailMessage rejected(String recipient, Vendor vendor) {
        return new MailMessage(recipient, "Your application for " + vendor.name(), """
                Hello,

                we are sorry: your application to sell on Bazaar as %s was not approved.

                The reason: %s

                You are welcome to apply again once this is resolved.

                Bazaar
                """.formatted(vendor.name(), vendor.statusReason()));
    }

    MailMessage suspended(String recipient, Vendor vendor) {
        return new MailMessage(recipient, vendor.name() + " is suspended", """
                Hello,

                your shop %s is suspended: its products are no longer shown to shoppers.

                The reason: %s

                Reply to this mail to talk to us about it.

                Bazaar
                """.formatted(vendor.name(), vendor.statusReason()));
    }

    MailMessage invitation(String recipient, Vendor vendor, String role, String invitedBy, String token) {
        String what = "VENDOR_MANAGER".equals(role) ? "a manager" : "a staff member";
        return new MailMessage(recipient, "Join " + vendor.name() + " on Bazaar", """
                Hello,

                %s invites you to work for the shop %s on Bazaar as %s.

                To accept, open this link and sign in with this address (or register with it first):

                %s/join-shop.xhtml?token=%s

                The link works once, for 7 days. If you did not expect this mail, ignore it.

                Bazaar
                """.formatted(invitedBy, vendor.name(), what, base(), token));
    }

    private String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
