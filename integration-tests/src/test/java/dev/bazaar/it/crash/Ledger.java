package dev.bazaar.it.crash;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.bazaar.it.http.Database;

/**
 * What must hold after a load ran through crashes and outages, read from PostgreSQL and Artemis:
 * every acknowledged key is exactly one order, nothing is half-written, stock balances, every
 * {@code order.placed} was recorded and handled once by each consumer, and nothing is left in doubt
 * or dead-lettered.
 */
final class Ledger {

    /** How long consumers, the broker and XA recovery get to catch up after the last restart. */
    static final Duration SETTLE_BOUND = Duration.ofSeconds(150);

    private Ledger() {
    }

    /** The checks that hold at once: keys, orders, half-written rows and stock. */
    static List<String> ordersAndStock(CheckoutLoad load, long variantId, long locationId, int initialOnHand) {
        List<String> problems = new ArrayList<>(load.violations());
        List<CheckoutLoad.Ack> acks = load.acks();
        Set<String> acked = acks.stream().map(CheckoutLoad.Ack::key).collect(Collectors.toSet());
        Set<String> tried = new HashSet<>(load.triedKeys());
        tried.removeAll(acked);
        if (!tried.isEmpty()) {
            problems.add(tried.size() + " keys tried were never acknowledged: " + tried);
        }
        for (CheckoutLoad.Ack ack : acks) {
            String number = Database.single("select g.number from checkout_request r join order_group g on g.id = r.order_group_id"
                    + " where r.customer_id = ? and r.idempotency_key = ?", ack.customerId(), ack.key()).orElse(null);
            if (!ack.orderNumber().equals(number)) {
                problems.add("key " + ack.key() + " was answered with order " + ack.orderNumber() + " but names " + number);
            }
        }
        String buyers = buyers(load);
        long orders = Database.count("select count(*) from order_group where customer_id in (" + buyers + ")");
        long numbers = acks.stream().map(CheckoutLoad.Ack::orderNumber).distinct().count();
        if (orders != acked.size() || numbers != acked.size()) {
            problems.add(acked.size() + " keys acknowledged with " + numbers + " order numbers, but the buyers have " + orders + " orders");
        }
        long halfWritten = Database.count("select count(*) from checkout_request where customer_id in (" + buyers + ") and order_group_id is null");
        if (halfWritten != 0) {
            problems.add(halfWritten + " keys claimed without an order");
        }
        long notWaiting = Database.count("select count(*) from vendor_order vo join order_group g on g.id = vo.order_group_id"
                + " where g.customer_id in (" + buyers + ") and vo.status <> 'PENDING_PAYMENT'");
        if (notWaiting != 0) {
            problems.add(notWaiting + " of the run's orders are no longer waiting for payment; none was paid or cancelled");
        }
        long onHand = Database.count("select on_hand from stock_level where variant_id = ? and location_id = ?", variantId, locationId);
        long reserved = Database.count("select reserved from stock_level where variant_id = ? and location_id = ?", variantId, locationId);
        long open = Database.count("select coalesce(sum(r.quantity), 0) from order_reservation r join order_line ol on ol.id = r.order_line_id"
                + " join vendor_order vo on vo.id = ol.vendor_order_id where ol.variant_id = ? and r.location_id = ?"
                + " and vo.status = 'PENDING_PAYMENT'", variantId, locationId);
        long ordered = Database.count("select coalesce(sum(ol.quantity), 0) from order_line ol join vendor_order vo on vo.id = ol.vendor_order_id"
                + " join order_group g on g.id = vo.order_group_id where ol.variant_id = ? and g.customer_id in (" + buyers + ")", variantId);
        long sold = Database.count("select coalesce(sum(ol.quantity), 0) from order_line ol join vendor_order vo on vo.id = ol.vendor_order_id"
                + " where ol.variant_id = ? and vo.status not in ('PENDING_PAYMENT', 'CANCELLED')", variantId);
        if (onHand + sold != initialOnHand) {
            problems.add("stock: " + initialOnHand + " on hand at first, " + onHand + " now and " + sold + " sold");
        }
        if (reserved != open || open != ordered) {
            problems.add("stock: " + reserved + " reserved, open reservations " + open + ", units ordered " + ordered);
        }
        return problems;
    }

    /**
     * Waits (bounded) until every order.placed of the run is recorded once in the event log (event-log
     * consumer), handled by order-notifications ({@code handled_event}) and has queued exactly one
     * confirmation mail; returns what is still missing. (The analytics queue takes only payments and
     * cancellations.)
     */
    static List<String> eventsHandled(CheckoutLoad load) {
        String buyers = buyers(load);
        List<Supplier<String>> checks = new ArrayList<>();
        checks.add(() -> missing(Database.count("select count(*) from order_group g where g.customer_id in (" + buyers + ")"
                + " and (select count(*) from event_log e where e.event_type = 'order.placed' and e.aggregate_id = g.number) <> 1"),
                "orders without exactly one order.placed in the event log"));
        checks.add(() -> missing(Database.count("select count(*) from order_group g where g.customer_id in (" + buyers + ")"
                + " and not exists (select 1 from event_log e join handled_event h on h.event_id = e.event_id"
                + " and h.consumer = 'order-notifications' where e.event_type = 'order.placed' and e.aggregate_id = g.number)"),
                "order.placed events not handled by order-notifications"));
        checks.add(() -> missing(Database.count("select count(*) from order_group g where g.customer_id in (" + buyers + ")"
                + " and (select count(*) from outgoing_mail m where m.recipient = g.customer_email"
                + " and m.subject = 'Your Bazaar order ' || g.number) <> 1"),
                "orders without exactly one confirmation mail"));
        return awaitNone(checks);
    }

    /** Waits (bounded) until no transaction is in doubt in PostgreSQL or Artemis; returns what is still in doubt. */
    static List<String> nothingInDoubt() {
        return awaitNone(List.of(
                () -> missing(preparedInPostgres(), "prepared transactions in PostgreSQL (pg_prepared_xacts)"),
                () -> missing(BrokerState.preparedTransactions(), "prepared transactions in Artemis")));
    }

    /** Waits (bounded) until the consumers' queues are empty. */
    static List<String> queuesDrained() {
        List<Supplier<String>> checks = new ArrayList<>();
        for (String queue : List.of("event-log", "order-notifications", "analytics", "bazaar.mail")) {
            checks.add(() -> missing(BrokerState.messageCount(queue), "messages still waiting on " + queue));
        }
        return awaitNone(checks);
    }

    /**
     * Transactions PostgreSQL holds prepared for more than 5 s: a live two-phase commit passes through
     * the prepared state in milliseconds, so under load only an older one is in doubt.
     */
    static long preparedInPostgres() {
        return Database.count("select count(*) from pg_prepared_xacts where prepared < now() - interval '5 seconds'");
    }

    private static String missing(long count, String what) {
        return count == 0 ? null : count + " " + what;
    }

    private static List<String> awaitNone(List<Supplier<String>> checks) {
        Instant deadline = Instant.now().plus(SETTLE_BOUND);
        while (true) {
            List<String> left = checks.stream().map(Supplier::get).filter(p -> p != null).toList();
            if (left.isEmpty() || Instant.now().isAfter(deadline)) {
                return left.stream().map(p -> p + " after " + SETTLE_BOUND.toSeconds() + " s").toList();
            }
            LoadClient.sleep(1000);
        }
    }

    private static String buyers(CheckoutLoad load) {
        return load.customerIds().stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
