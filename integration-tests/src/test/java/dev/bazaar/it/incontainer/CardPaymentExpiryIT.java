package dev.bazaar.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.bazaar.identity.application.AccountView;
import dev.bazaar.identity.application.Registration;
import dev.bazaar.identity.application.Shoppers.Shopper;
import dev.bazaar.kernel.PostalAddress;
import dev.bazaar.ordering.application.CheckoutRequest;
import dev.bazaar.ordering.application.PlacedOrder;
import dev.bazaar.ordering.application.ReservationExpiry;
import dev.bazaar.payment.application.CardPaymentDesk;
import dev.bazaar.payment.application.PaymentStart;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;

/**
 * Runs inside Liberty against PostgreSQL, Artemis and the Stripe stand-in: an unpaid card order that
 * runs out of time is cancelled by the expiry timer's work, and its PaymentIntent is cancelled at
 * Stripe, after the order's transaction.
 */
@ExtendWith(ArquillianExtension.class)
class CardPaymentExpiryIT {

    private static final String PRODUCT = "Beeswax Candles (6)";

    @Deployment
    static EnterpriseArchive deployment() {
        return TestDeployment.with(CardPaymentExpiryIT.class, CheckoutInTransaction.class);
    }

    @Inject
    Registration registration;

    @Inject
    CheckoutInTransaction checkout;

    @Inject
    CardPaymentDesk cards;

    @Inject
    ReservationExpiry expiry;

    @Resource(lookup = "jdbc/bazaar")
    DataSource dataSource;

    @Test
    void anExpiredCardOrderIsCancelledAndItsIntentCancelledAtStripe() throws Exception {
        Shopper shopper = newCustomer();
        checkout.fillCart(shopper.id(), variantOf(PRODUCT), 1);
        PlacedOrder placed = checkout.place(shopper, cardRequest());
        String number = placed.order().number();
        assertEquals("AWAITING_INTENT", single("select status from card_payment where order_number = '" + number + "'"));

        PaymentStart started = cards.open(placed.order().id());

        assertTrue(started.clientSecret() != null, started.instructions());
        String intentId = single("select intent_id from card_payment where order_number = '" + number + "'");

        Rows.update(dataSource, "update order_group set reserved_until = now() - interval '1 minute' where number = '" + number + "'");
        expiry.releaseExpired(Instant.now());

        assertEquals("CANCELLED", single("select payment_status from order_group where number = '" + number + "'"));
        assertEquals("CANCELED", single("select status from card_payment where order_number = '" + number + "'"));
        assertTrue(stripeIntent(intentId).contains("\"status\":\"canceled\""), "the intent is cancelled at Stripe too");
        awaitEvent("payment.canceled", number);
    }

    private static String stripeIntent(String intentId) throws Exception {
        String base = System.getenv().getOrDefault("BAZAAR_STRIPE_API_BASE", "http://127.0.0.1:12111");
        String key = System.getenv().getOrDefault("BAZAAR_STRIPE_SECRET_KEY", "sk_test_bazaar_stand_in");
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/v1/payment_intents/" + intentId))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body().replace(" ", "");
    }

    private Shopper newCustomer() {
        String email = "card-expiry-" + UUID.randomUUID() + "@example.org";
        AccountView account = registration.registerCustomer(email, "a-fine-password", "Card Tester", "127.0.0.1");
        return new Shopper(account.id(), account.email(), account.name());
    }

    private static CheckoutRequest cardRequest() {
        return new CheckoutRequest(null, new PostalAddress("Card Tester", "Hauptstraße 1", null, "Berlin", null, "10115", "DE", null),
                null, null, null, "CARD");
    }

    private long variantOf(String productName) throws SQLException {
        return Rows.count(dataSource, "select v.id from product_variant v join product p on p.id = v.product_id where p.name = '"
                + productName.replace("'", "''") + "' order by v.id limit 1");
    }

    private String single(String sql) throws SQLException {
        return Rows.single(dataSource, sql);
    }

    private void awaitEvent(String type, String aggregateId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Rows.count(dataSource, "select count(*) from event_log where event_type = '" + type + "' and aggregate_id = '"
                + aggregateId + "'") == 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(type + " for " + aggregateId + " never reached the event log");
            }
            Thread.sleep(200);
        }
    }
}
