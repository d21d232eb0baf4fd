package dev.bazaar.ordering.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.bazaar.notification.application.MailMessage;
import dev.bazaar.notification.application.MailTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The mail a guest gets for an order, in the language they ordered in: what it costs, by when to pay,
 * and the link to the order's page.
 */
@ApplicationScoped
public class GuestOrderMails {

    static final String ORDER_PAGE = "/guest-order.xhtml";

    @Inject
    @ConfigProperty(name = "bazaar.public-url", defaultValue = "http://localhost:9080")
    String publicUrl;

    MailMessage orderLink(OrderView order, String token, Instant linkExpires) {
        MailTexts texts = MailTexts.in(order.language());
        String payment = order.reservedUntil() == null ? ""
                : texts.text("CARD".equals(order.paymentMethod()) ? "guestOrder.payByCard" : "guestOrder.payLater", texts.when(order.reservedUntil()));
        String total = order.pricesIncludeTax()
                ? texts.text("guestOrder.totalWithVat", texts.money(order.total()), order.taxRate(), texts.money(order.tax()))
                : texts.money(order.total());
        return new MailMessage(order.customerEmail(), texts.text("guestOrder.subject", order.number()), texts.text("guestOrder.body",
                order.customerName(), order.number(), total, payment, link(token), texts.when(linkExpires)));
    }

    String link(String token) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + ORDER_PAGE + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
