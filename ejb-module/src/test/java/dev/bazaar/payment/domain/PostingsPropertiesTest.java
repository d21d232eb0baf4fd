package dev.bazaar.payment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
 * The ledger's postings over random multi-shop orders, paid and partly refunded, in yen and euro
 * cents: per currency, every entry of every account adds up exactly to what the shopper paid less what
 * went back; each shop's entries to its sale less commission and refunds; the platform's to its
 * commission less the discounts it funded; every entry names a movement once.
 */
class PostingsPropertiesTest {

    /** A shop's part: what the shopper paid for it, the commission, the discount the platform funded, and refunds. */
    record Part(long paid, long commission, long platformDiscount, List<Long> refunds) {
    }

    record Order(String currency, List<Part> parts) {
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
        return Combinators.combine(Arbitraries.of("JPY", "EUR"), part.list().ofMinSize(1).ofMaxSize(5)).as(Order::new);
    }

    @Property(tries = 500)
    void everyAccountTogetherHoldsWhatShoppersPaidLessRefunds(@ForAll("orders") Order order) {
        String currency = order.currency();
        List<Posting> postings = new ArrayList<>();
        long paid = 0;
        long refunded = 0;
        long refundId = 1;
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
        }
        assertEquals(paid - refunded, sum(postings, null) + shopsSum(postings));
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

    private static long sum(List<Posting> postings, Long vendorId) {
        return postings.stream().filter(p -> Objects.equals(p.vendorId(), vendorId)).mapToLong(p -> p.amount().amountMinor()).sum();
    }

    private static long shopsSum(List<Posting> postings) {
        return postings.stream().filter(p -> p.vendorId() != null).mapToLong(p -> p.amount().amountMinor()).sum();
    }
}
