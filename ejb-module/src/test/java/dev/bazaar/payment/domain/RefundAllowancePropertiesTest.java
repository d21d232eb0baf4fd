package dev.bazaar.payment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Refunds over random multi-shop orders: whatever is asked, in whatever order, the refunds of a part
 * never add up to more than its total, every granted amount is exactly what was asked (or exactly
 * what remained), in yen as in euro cents.
 */
class RefundAllowancePropertiesTest {

    /** One shop's part: its total in minor units, and the refunds asked of it (null: all that remains). */
    record Part(long totalMinor, List<Long> asks) {
    }

    record Order(String currency, List<Part> parts) {
    }

    @Provide
    Arbitrary<Order> orders() {
        Arbitrary<String> currency = Arbitraries.of("JPY", "EUR", "NOK", "USD");
        Arbitrary<Long> ask = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.longs().between(-5, 200_000)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just((Long) null)));
        Arbitrary<Part> part = Combinators.combine(Arbitraries.longs().between(1, 2_000_000), ask.list().ofMaxSize(12)).as(Part::new);
        return Combinators.combine(currency, part.list().ofMinSize(1).ofMaxSize(5)).as(Order::new);
    }

    @Property(tries = 500)
    void refundsOfAPartNeverExceedItsTotalAndAreExact(@ForAll("orders") Order order) {
        for (int p = 0; p < order.parts().size(); p++) {
            Part part = order.parts().get(p);
            Money total = Money.ofMinor(part.totalMinor(), order.currency());
            long counted = 0;
            List<Money> granted = new ArrayList<>();
            for (Long asked : part.asks()) {
                RefundAllowance allowance = new RefundAllowance("BZ-1-" + p, total, counted);
                long remaining = allowance.remainingMinor();
                if (asked != null && asked <= 0) {
                    assertThrows(InvalidInputException.class, () -> allowance.grant(asked));
                } else if (remaining == 0 || (asked != null && asked > remaining)) {
                    assertThrows(ConflictException.class, () -> allowance.grant(asked));
                } else {
                    Money money = allowance.grant(asked);
                    assertEquals(order.currency(), money.currencyCode());
                    assertEquals(asked == null ? remaining : asked, money.amountMinor());
                    granted.add(money);
                    counted += money.amountMinor();
                }
                assertTrue(counted <= part.totalMinor(), "refunded " + counted + " of " + part.totalMinor());
            }
            long sum = granted.stream().mapToLong(Money::amountMinor).sum();
            assertEquals(counted, sum);
            assertTrue(sum <= total.amountMinor());
        }
    }

    @Property(tries = 200)
    void askingForTheRestAlwaysEmptiesThePartExactly(@ForAll("orders") Order order) {
        for (Part part : order.parts()) {
            Money total = Money.ofMinor(part.totalMinor(), order.currency());
            long first = Math.min(part.totalMinor(), Math.max(1, part.totalMinor() / 3));
            Money partial = new RefundAllowance("BZ-2-1", total, 0).grant(first);
            if (first < part.totalMinor()) {
                Money rest = new RefundAllowance("BZ-2-1", total, partial.amountMinor()).grant(null);
                assertEquals(total, partial.plus(rest));
            } else {
                assertEquals(total, partial);
            }
            assertThrows(ConflictException.class, () -> new RefundAllowance("BZ-2-1", total, total.amountMinor()).grant(null));
        }
    }
}
