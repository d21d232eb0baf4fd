package dev.bazaar.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import dev.bazaar.notification.application.OrderNotifications;
import dev.bazaar.ordering.application.CheckoutRequest;
import dev.bazaar.ordering.application.PlacedOrder;
import dev.bazaar.ordering.application.ReservationExpiry;
import dev.bazaar.platform.application.DomainEvent;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;

/**
 * Runs inside Liberty against the real PostgreSQL and Artemis: checkout's order rows, stock
 * reservations, coupon use, emptied cart and order.placed message commit or roll back together, and
 * the expiry timer's work releases what unpaid orders held.
 */
@ExtendWith(ArquillianExtension.class)
class CheckoutTransactionIT {

    private static final String PRODUCT = "Beeswax Candles (6)";
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(30);

    @Deployment
    static EnterpriseArchive deployment() {
        return TestDeployment.with(CheckoutTransactionIT.class, CheckoutInTransaction.class);
    }

    @Inject
    Registration registration;

    @Inject
    CheckoutInTransaction checkout;

    @Inject
    ReservationExpiry expiry;

    @Inject
    OrderNotifications notifications;

    @Resource(lookup = "jdbc/bazaar")
    DataSource dataSource;

    @Test
    void aFailureAfterTheOrderRowsAndTheSendLeavesNoOrderNoReservationAndNoMessage() throws Exception {
        Shopper shopper = newCustomer();
        long variant = variantOf(PRODUCT);
        checkout.fillCart(shopper.id(), variant, 2);
        long reservedBefore = count("select sum(reserved) from stock_level where variant_id = " + variant);

        EJBException failure = assertThrows(EJBException.class, () -> checkout.placeThenFail(shopper, request()));

        Matcher number = Pattern.compile("placing (BZ\\d+)").matcher(String.valueOf(failure.getCause()));
        assertTrue(number.find(), String.valueOf(failure));
        String doomed = number.group(1);
        assertEquals(0, count("select count(*) from order_group where customer_id = " + shopper.id()));
        assertEquals(0, count("select count(*) from stock_movement where reason = 'reserved: order " + doomed + "'"));
        assertEquals(reservedBefore, count("select sum(reserved) from stock_level where variant_id = " + variant));
        assertEquals(1, count("select count(*) from cart_line l join cart c on c.id = l.cart_id where c.customer_id = " + shopper.id()));
        // no message: an order committed afterwards announces itself, the rolled-back one never does
        PlacedOrder marker = checkout.place(shopper, request());
        awaitEvent("order.placed", marker.order().number());
        Thread.sleep(2_000);
        assertEquals(0, count("select count(*) from event_log where aggregate_id = '" + doomed + "'"));
        assertEquals(reservedBefore + 2, count("select sum(reserved) from stock_level where variant_id = " + variant));
        expire(marker.order().number());
    }

    @Test
    void anUnpaidOrderExpiresReleasingItsReservationWithAnEvent() throws Exception {
        Shopper shopper = newCustomer();
        long variant = variantOf(PRODUCT);
        long reservedBefore = count("select sum(reserved) from stock_level where variant_id = " + variant);
        checkout.fillCart(shopper.id(), variant, 3);
        PlacedOrder placed = checkout.place(shopper, request());
        String number = placed.order().number();
        assertEquals(reservedBefore + 3, count("select sum(reserved) from stock_level where variant_id = " + variant));

        expire(number);

        assertEquals("CANCELLED", single("select payment_status from order_group where number = '" + number + "'"));
        assertEquals("CANCELLED", single("select status from vendor_order where order_group_id ="
                + " (select id from order_group where number = '" + number + "')"));
        assertEquals("system", single("select c.actor from vendor_order_status_change c join vendor_order o on o.id = c.vendor_order_id"
                + " where o.number = '" + number + "-1' and c.to_status = 'CANCELLED'"));
        assertEquals(reservedBefore, count("select sum(reserved) from stock_level where variant_id = " + variant));
        awaitEvent("order.cancelled", number + "-1");
    }

    @Test
    void anOrderStillWithinItsPaymentWindowIsLeftAlone() throws Exception {
        Shopper shopper = newCustomer();
        checkout.fillCart(shopper.id(), variantOf(PRODUCT), 1);
        String number = checkout.place(shopper, request()).order().number();

        expiry.releaseExpired(Instant.now());

        assertEquals("AWAITING", single("select payment_status from order_group where number = '" + number + "'"));
        assertEquals("PENDING_PAYMENT", single("select status from vendor_order where number = '" + number + "-1'"));
        expire(number);
    }

    @Test
    void anOrderEventDeliveredTwiceSendsItsMailsOnce() throws Exception {
        Shopper shopper = newCustomer();
        DomainEvent shipped = new DomainEvent(UUID.randomUUID(), "order.shipped", Instant.now(), "BZ-TEST-1", Json.createObjectBuilder()
                .add("orderNumber", "BZ-TEST").add("vendorOrderNumber", "BZ-TEST-1").add("customerEmail", shopper.email())
                .add("customerName", shopper.name()).add("carrier", "Posten").add("trackingNumber", "TRACK-1")
                .add("lines", Json.createArrayBuilder()).build());

        notifications.handle(shipped);
        notifications.handle(shipped);

        assertEquals(1, count("select count(*) from outgoing_mail where recipient = '" + shopper.email() + "' and subject like '%on its way%'"));
    }

    /** Moves the order's payment deadline into the past and runs the expiry as the timer does. */
    private void expire(String number) throws SQLException {
        update("update order_group set reserved_until = now() - interval '1 minute' where number = '" + number + "'");
        expiry.releaseExpired(Instant.now());
    }

    private Shopper newCustomer() {
        String email = "checkout-" + UUID.randomUUID() + "@example.org";
        AccountView account = registration.registerCustomer(email, "a-fine-password", "Checkout Tester", "127.0.0.1");
        return new Shopper(account.id(), account.email(), account.name());
    }

    private static CheckoutRequest request() {
        return new CheckoutRequest(null, new PostalAddress("Checkout Tester", "Hauptstraße 1", null, "Berlin", null, "10115", "DE", null),
                null, null, null, "MANUAL");
    }

    private long variantOf(String productName) throws SQLException {
        return count("select v.id from product_variant v join product p on p.id = v.product_id where p.name = '"
                + productName.replace("'", "''") + "' order by v.id limit 1");
    }

    private void awaitEvent(String type, String aggregateId) throws Exception {
        Instant deadline = Instant.now().plus(DELIVERY_TIMEOUT);
        while (count("select count(*) from event_log where event_type = '" + type + "' and aggregate_id = '" + aggregateId + "'") == 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(type + " for " + aggregateId + " never reached the event log");
            }
            Thread.sleep(200);
        }
    }

    private long count(String sql) throws SQLException {
        return Rows.count(dataSource, sql);
    }

    private String single(String sql) throws SQLException {
        return Rows.single(dataSource, sql);
    }

    private void update(String sql) throws SQLException {
        Rows.update(dataSource, sql);
    }
}
