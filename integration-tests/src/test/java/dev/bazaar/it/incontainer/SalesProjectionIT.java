package dev.bazaar.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.bazaar.analytics.application.SalesProjection;
import dev.bazaar.platform.application.DomainEvent;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * Runs inside Liberty against the real PostgreSQL: the analytics projection adds order events to the
 * sales read model once per event, takes a paid part's sale back when it is cancelled, and ignores a
 * cancellation before payment. Each test uses a shop id of its own, so other tests' sales never mix in.
 */
@ExtendWith(ArquillianExtension.class)
class SalesProjectionIT {

    private static final Instant PAID_AT = Instant.parse("2026-03-01T21:30:00Z");
    private static final Instant A_WEEK_LATER = Instant.parse("2026-03-08T10:00:00Z");

    @Deployment
    static EnterpriseArchive deployment() {
        return TestDeployment.with(SalesProjectionIT.class);
    }

    @Inject
    SalesProjection projection;

    @Resource(lookup = "jdbc/bazaar")
    DataSource dataSource;

    @Test
    void anOrderPaidEventDeliveredTwiceCountsOnce() throws Exception {
        long shop = someShop();
        DomainEvent paid = event("order.paid", PAID_AT, part(shop, "PAID"));

        projection.handle(paid);
        projection.handle(paid);

        assertEquals("1 orders, 2 units, 45800 NOK", daily(shop, "2026-03-01"));
        assertEquals("2 units, 39800 NOK", product(shop, 11, "2026-03-01"));
        assertEquals(1, count("select count(*) from handled_event where consumer = 'analytics' and event_id = '" + paid.eventId() + "'"));
    }

    @Test
    void aCancellationAfterPaymentTakesTheSaleBackFromTheDayOfTheSale() throws Exception {
        long shop = someShop();
        projection.handle(event("order.paid", PAID_AT, part(shop, "PAID")));

        projection.handle(event("order.cancelled", A_WEEK_LATER, part(shop, "CANCELLED").add("previousStatus", "ACCEPTED")));

        assertEquals("0 orders, 0 units, 0 NOK", daily(shop, "2026-03-01"));
        assertEquals("0 units, 0 NOK", product(shop, 11, "2026-03-01"));
        assertEquals(0, count("select count(*) from sales_daily where vendor_id = " + shop + " and day <> date '2026-03-01'"),
                "the day of the cancellation is left alone");
    }

    @Test
    void aCancellationBeforePaymentChangesNothing() throws Exception {
        long shop = someShop();
        JsonObjectBuilder unpaid = part(shop, "CANCELLED").add("previousStatus", "PENDING_PAYMENT");
        unpaid.remove("paidAt");
        DomainEvent cancelled = event("order.cancelled", A_WEEK_LATER, unpaid);

        projection.handle(cancelled);

        assertEquals(0, count("select count(*) from sales_daily where vendor_id = " + shop));
        assertEquals(0, count("select count(*) from product_sales_daily where vendor_id = " + shop));
        assertEquals(1, count("select count(*) from handled_event where consumer = 'analytics' and event_id = '" + cancelled.eventId() + "'"));
    }

    @Test
    void aCancellationHandledBeforeItsPaymentEndsOnTheSameFigures() throws Exception {
        long shop = someShop();
        projection.handle(event("order.paid", PAID_AT, part(shop, "PAID").add("vendorOrderNumber", "BZ2-1")));

        projection.handle(event("order.cancelled", A_WEEK_LATER, part(shop, "CANCELLED").add("previousStatus", "PAID")));
        projection.handle(event("order.paid", PAID_AT, part(shop, "PAID")));

        assertEquals("1 orders, 2 units, 45800 NOK", daily(shop, "2026-03-01"), "the other order's sale stands");
    }

    /** A shop id no real shop has (the read model has no foreign keys), different in every test. */
    private static long someShop() {
        return ThreadLocalRandom.current().nextLong(5_000_000_000L, 9_000_000_000L);
    }

    /** A vendor order's payload as OrderLifecycle writes it: 2 mugs at 199 NOK, 60 NOK shipping, paid at PAID_AT. */
    private static JsonObjectBuilder part(long vendorId, String status) {
        return Json.createObjectBuilder()
                .add("orderNumber", "BZ1").add("vendorOrderNumber", "BZ1-1").add("vendorId", vendorId)
                .add("customerId", 5).add("customerEmail", "kari@example.org").add("customerName", "Kari Nordmann")
                .add("status", status)
                .add("total", Json.createObjectBuilder().add("amountMinor", 45_800).add("currency", "NOK"))
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("sku", "MUG-S").add("productName", "Stoneware Mug").add("variantTitle", "S").add("quantity", 2)
                        .add("amount", Json.createObjectBuilder().add("amountMinor", 39_800).add("currency", "NOK"))
                        .add("productId", 11)))
                .add("paidAt", PAID_AT.toString());
    }

    private static DomainEvent event(String type, Instant at, JsonObjectBuilder payload) {
        return new DomainEvent(UUID.randomUUID(), type, at, "BZ1-1", payload.build());
    }

    private String daily(long shop, String day) throws SQLException {
        return single("select orders || ' orders, ' || units || ' units, ' || gross_amount || ' ' || currency from sales_daily"
                + " where vendor_id = " + shop + " and day = date '" + day + "'");
    }

    private String product(long shop, long productId, String day) throws SQLException {
        return single("select units || ' units, ' || amount || ' ' || currency from product_sales_daily"
                + " where vendor_id = " + shop + " and product_id = " + productId + " and day = date '" + day + "'");
    }

    private long count(String sql) throws SQLException {
        return Rows.count(dataSource, sql);
    }

    private String single(String sql) throws SQLException {
        return Rows.single(dataSource, sql);
    }
}
