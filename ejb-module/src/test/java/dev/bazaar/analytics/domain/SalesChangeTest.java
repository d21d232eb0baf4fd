package dev.bazaar.analytics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.bazaar.analytics.domain.SalesChange.ProductChange;
import dev.bazaar.analytics.domain.SalesChange.SoldLine;
import dev.bazaar.kernel.Money;

class SalesChangeTest {

    private static final Instant LATE_EVENING = Instant.parse("2026-03-01T23:59:59.999999Z");

    @Test
    void aSaleCountsOneOrderItsUnitsAndItsTotalOnTheUtcDayItWasPaid() {
        SalesChange sale = SalesChange.sale(7, LATE_EVENING, nok(59_800), List.of(
                new SoldLine(11L, "Stoneware Mug", 2, nok(39_800)),
                new SoldLine(12L, "Linen Towel", 1, nok(14_900))));

        assertEquals(LocalDate.of(2026, 3, 1), sale.day());
        assertEquals("NOK", sale.currency());
        assertEquals(1, sale.orders());
        assertEquals(3, sale.units());
        assertEquals(59_800, sale.amountMinor(), "the day's gross is the order's total, shipping and tax included");
    }

    @Test
    void linesOfOneProductAddUpAndProductsComeInIdOrder() {
        SalesChange sale = SalesChange.sale(7, LATE_EVENING, nok(100_000), List.of(
                new SoldLine(30L, "Teapot", 1, nok(40_000)),
                new SoldLine(11L, "Stoneware Mug (S)", 2, nok(39_800)),
                new SoldLine(11L, "Stoneware Mug (L)", 1, nok(24_900))));

        assertEquals(List.of(new ProductChange(11, "Stoneware Mug (S)", 3, 64_700), new ProductChange(30, "Teapot", 1, 40_000)),
                sale.products());
    }

    @Test
    void aLineWithoutAProductCountsInTheDayButNotAmongTheProducts() {
        SalesChange sale = SalesChange.sale(7, LATE_EVENING, nok(30_000), List.of(
                new SoldLine(null, "Gift wrap", 2, nok(5_000)),
                new SoldLine(11L, "Stoneware Mug", 1, nok(19_900))));

        assertEquals(3, sale.units());
        assertEquals(List.of(new ProductChange(11, "Stoneware Mug", 1, 19_900)), sale.products());
    }

    @Test
    void reversingASaleTakesAwayExactlyWhatItAdded() {
        SalesChange sale = SalesChange.sale(7, LATE_EVENING, nok(39_800), List.of(new SoldLine(11L, "Stoneware Mug", 2, nok(39_800))));

        SalesChange undone = sale.reversed();

        assertEquals(new SalesChange(7, LocalDate.of(2026, 3, 1), "NOK", -1, -2, -39_800,
                List.of(new ProductChange(11, "Stoneware Mug", -2, -39_800))), undone);
        assertEquals(sale, undone.reversed());
    }

    @Test
    void aSaleNeedsLinesInItsOwnCurrency() {
        assertThrows(IllegalArgumentException.class, () -> SalesChange.sale(7, LATE_EVENING, nok(1_000), List.of()));
        assertThrows(IllegalArgumentException.class, () -> SalesChange.sale(7, LATE_EVENING, nok(1_000),
                List.of(new SoldLine(11L, "Stoneware Mug", 1, Money.ofMinor(1_000, "EUR")))));
        assertThrows(IllegalArgumentException.class, () -> new SoldLine(11L, "Stoneware Mug", 0, nok(0)));
    }

    private static Money nok(long minor) {
        return Money.ofMinor(minor, "NOK");
    }
}
