package dev.bazaar.payment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.bazaar.kernel.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The ledger's postings over random multi-shop orders, paid, partly refunded and disputed (the dispute
 * won, lost or still open), in yen and euro cents: per currency, every entry of every account adds up
 * exactly to what the shopper paid less what went back (refunds, and a dispute not won); each shop's
 * entries to its sale less commission, refunds and its share of a dispute not won; the platform's to its
 * commission less the discounts it funded; every entry names a movement once.
 */
class PostingsPropertiesTest {

    /** A shop's part: what the shopper paid for it, the commission, the discount the platform funded, and refunds. */
    record Part(long paid, long commission, long platformDiscount, List<Long> refunds) {
    }

    enum DisputeOutcome { NONE, OPEN, WON, LOST }

    /** {@code disputedPercent}: how much of what is left of the charge the bank disputes, 1 to 100. */
    record Order(String currency, List<Part> parts, DisputeOutcome dispute, int disputedPercent) {
    }

    @Provide
    Arbitrary<Order> orders() {
        Arbitrary<Part> part = Arbitraries.longs().between(1, 5_000_000).flatMap(paid -> Combinators.combine(
                Arbitraries.longs().between(0, paid / 4),
                Arbitraries.longs().between(0, 50_000),
                Arbitraries.longs().between(1, paid).list().ofMaxSize(4)).as((commission, discount, asks) -> {
                    List<Long> refunds = new ArrayList<>();
                    long left = paid;
                    for (long ask : asks) {
                        if (ask <= left) {
                            refunds.add(ask);
                            left -= ask;
                        }
                    }
                    return new Part(paid, commission, discount, refunds);
                }));
        return Combinators.combine(Arbitraries.of("JPY", "EUR"), part.list().ofMinSize(1).ofMaxSize(5),
                Arbitraries.of(DisputeOutcome.class), Arbitraries.integers().between(1, 100)).as(Order::new);
    }

    @Property(tries = 500)
    void everyAccountTogetherHoldsWhatShoppersPaidLessRefundsAndDisputesNotWon(@ForAll("orders") Order order) {
        String currency = order.currency();
        List<Posting> postings = new ArrayList<>();
        long paid = 0;
        long refunded = 0;
        long refundId = 1;
        List<Postings.DisputedPart> disputedParts = new ArrayList<>();
        for (int i = 0; i < order.parts().size(); i++) {
            Part part = order.parts().get(i);
            long vendorId = 100 + i;
            String number = "BZ-7-" + (i + 1);
            List<Posting> forPart = new ArrayList<>(Postings.forPaidPart(new Postings.PaidPart(vendorId, "BZ-7", number,
                    Money.ofMinor(part.paid(), currency), Money.ofMinor(part.commission(), currency),
                    Money.ofMinor(part.platformDiscount(), currency))));
            paid += part.paid();
            for (long refund : part.refunds()) {
                forPart.add(Postings.forRefund(vendorId, number, refundId++, Money.ofMinor(refund, currency)));
                refunded += refund;
            }
            long refundsOfPart = part.refunds().stream().mapToLong(Long::longValue).sum();
            assertEquals(part.paid() + part.platformDiscount() - part.commission() - refundsOfPart, sum(forPart, vendorId),
                    "the shop's own entries");
            postings.addAll(forPart);
            disputedParts.add(new Postings.DisputedPart(vendorId, number, Money.ofMinor(leftOf(forPart), currency)));
        }
        long taken = 0;
        if (order.dispute() != DisputeOutcome.NONE && paid > refunded) {
            Money disputed = Money.ofMinor(Math.max(1, (paid - refunded) * order.disputedPercent() / 100), currency);
            Map<String, Posting> debits = Postings.forDispute("dp_7", disputed, disputedParts);
            assertEquals(-disputed.amountMinor(), debits.values().stream().mapToLong(p -> p.amount().amountMinor()).sum(),
                    "the shares add up to the dispute");
            for (Postings.DisputedPart part : disputedParts) {
                Posting debit = debits.get(part.vendorOrderNumber());
                long share = debit == null ? 0 : -debit.amount().amountMinor();
                assertTrue(share >= 0 && share <= part.left().amountMinor(), "a part bears no more than is left of it: " + share);
                assertTrue(Math.abs(share * (paid - refunded) - disputed.amountMinor() * part.left().amountMinor()) <= paid - refunded,
                        "in proportion to what is left of it, to the minor unit: " + share);
            }
            postings.addAll(debits.values());
            taken = disputed.amountMinor();
            if (order.dispute() == DisputeOutcome.WON) {
                for (Map.Entry<String, Posting> debit : debits.entrySet()) {
                    postings.add(Postings.forDisputeWon(debit.getValue().vendorId(), debit.getKey(), "dp_7", debit.getValue().amount()));
                }
                taken = 0;
            }
        }
        assertEquals(paid - refunded - taken, sum(postings, null) + shopsSum(postings));
        long commission = order.parts().stream().mapToLong(Part::commission).sum();
        long funded = order.parts().stream().mapToLong(Part::platformDiscount).sum();
        assertEquals(commission - funded, sum(postings, null), "the platform's entries");
        Set<String> keys = new HashSet<>();
        for (Posting posting : postings) {
            assertTrue(keys.add(posting.key()), "one entry per movement: " + posting.key());
            assertEquals(currency, posting.amount().currencyCode());
            assertTrue(posting.amount().amountMinor() != 0, "no entry of zero");
        }
    }

    @Test
    void entriesOfZeroAreNotWrittenAndAccountsAreKeptApart() {
        List<Posting> postings = Postings.forPaidPart(new Postings.PaidPart(7, "BZ-1", "BZ-1-1", Money.ofMinor(1000, "NOK"),
                Money.ofMinor(0, "NOK"), Money.ofMinor(0, "NOK")));

        assertEquals(1, postings.size());
        assertEquals(LedgerKind.SALE, postings.get(0).kind());
        assertThrows(IllegalArgumentException.class, () -> new Posting(null, LedgerKind.SALE, Money.ofMinor(1, "NOK"), "k", "m"));
        assertThrows(IllegalArgumentException.class, () -> new Posting(7L, LedgerKind.COMMISSION_EARNED, Money.ofMinor(1, "NOK"), "k", "m"));
    }

    @Test
    void aDisputeIsSharedInProportionAndTheOddUnitsGoToTheFirstParts() {
        List<Postings.DisputedPart> parts = List.of(new Postings.DisputedPart(1, "BZ-9-1", Money.ofMinor(100, "JPY")),
                new Postings.DisputedPart(2, "BZ-9-2", Money.ofMinor(0, "JPY")),
                new Postings.DisputedPart(3, "BZ-9-3", Money.ofMinor(100, "JPY")),
                new Postings.DisputedPart(4, "BZ-9-4", Money.ofMinor(100, "JPY")));

        Map<String, Posting> debits = Postings.forDispute("dp_9", Money.ofMinor(200, "JPY"), parts);

        assertEquals(List.of("BZ-9-1", "BZ-9-3", "BZ-9-4"), List.copyOf(debits.keySet()), "a part with nothing left bears nothing");
        assertEquals(List.of(-67L, -67L, -66L), debits.values().stream().map(p -> p.amount().amountMinor()).toList());
        assertEquals(LedgerKind.DISPUTE, debits.get("BZ-9-1").kind());
        assertEquals("dispute:dp_9:BZ-9-1", debits.get("BZ-9-1").key());
        assertEquals(67, Postings.forDisputeWon(1, "BZ-9-1", "dp_9", debits.get("BZ-9-1").amount()).amount().amountMinor());
        assertTrue(Postings.forDispute("dp_9", Money.ofMinor(200, "JPY"), List.of(parts.get(1))).isEmpty(), "nothing left, nothing posted");
    }

    /** What is left of a part as the ledger reads it for a dispute ({@code Ledger.partsOf}): sale, funded discount and refunds. */
    private static long leftOf(List<Posting> part) {
        return part.stream().filter(p -> p.kind() == LedgerKind.SALE || p.kind() == LedgerKind.DISCOUNT_FUNDED || p.kind() == LedgerKind.REFUND)
                .mapToLong(p -> p.amount().amountMinor()).sum();
    }

    private static long sum(List<Posting> postings, Long vendorId) {
        return postings.stream().filter(p -> Objects.equals(p.vendorId(), vendorId)).mapToLong(p -> p.amount().amountMinor()).sum();
    }

    private static long shopsSum(List<Posting> postings) {
        return postings.stream().filter(p -> p.vendorId() != null).mapToLong(p -> p.amount().amountMinor()).sum();
    }
}
