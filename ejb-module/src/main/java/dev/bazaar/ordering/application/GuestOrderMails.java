package dev.bazaar.ordering.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.bazaar.notification.application.MailMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The mail a guest gets for an order: what they bought, by when to pay, and the link to the order's page. */
@ApplicationScoped
public class GuestOrderMails {

    static final String ORDER_PAGE = "/guest-order.xhtml";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @Inject
    @ConfigProperty(name = "bazaar.public-url", defaultValue = "http://localhost:9080")
    String publicUrl;

    MailMessage orderLink(OrderView order, String token, Instant linkExpires) {
        String payment = order.reservedUntil() == null ? "" : ("CARD".equals(order.paymentMethod())
                ? "Pay by card on the order page before " + WHEN.format(order.reservedUntil()) + "; the shops start once the payment is through."
                : "Your order waits for your payment until " + WHEN.format(order.reservedUntil())
                        + "; the order page says how to pay. Unpaid, it is cancelled then.");
        return new MailMessage(order.customerEmail(), "Your Bazaar order " + order.number(), """
                Hello %s,

                thank you for your order %s (total %s).

                %s

                Your order's page shows each part as it ships, and how to pay:

                %s

                Keep this mail: the link is how you reach your order without an account, until %s.
                Anyone with the link can see the order, so do not pass it on. To keep your orders in
                one place, open an account with this e-mail address: once you confirm the address,
                this order is in your account too.

                Bazaar
                """.formatted(order.customerName(), order.number(), order.total().format(Locale.ENGLISH), payment,
                link(token), WHEN.format(linkExpires)));
    }

    String link(String token) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + ORDER_PAGE + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
