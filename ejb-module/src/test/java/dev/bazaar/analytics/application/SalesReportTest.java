package dev.bazaar.analytics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.bazaar.analytics.application.SalesReport.CurrencySales;
import dev.bazaar.analytics.domain.DayFigures;
import dev.bazaar.analytics.domain.Period;
import dev.bazaar.analytics.domain.ProductFigures;
import dev.bazaar.analytics.domain.ProductRanking;
import dev.bazaar.kernel.Money;

class SalesReportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 3);
    private static final Period FOUR_DAYS = Period.lastDays(4, TODAY);

    @Test
    void everyDayOfThePeriodIsInTheSeriesWithItsFiguresPerCurrency() {
        SalesReport report = SalesReport.of(FOUR_DAYS, 7L, "Fjord Ceramics", ProductRanking.UNITS, List.of(
                new DayFigures(LocalDate.of(2026, 3, 1), "EUR", 1, 2, 5_000),
                new DayFigures(LocalDate.of(2026, 3, 1), "NOK", 2, 3, 59_700),
                new DayFigures(TODAY, "NOK", 1, 1, 19_900)), List.of());

        assertEquals(List.of(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), TODAY),
                report.days().stream().map(SalesReport.SalesDay::day).toList());
        assertEquals(List.of(), report.days().get(0).sales());
        assertEquals(List.of(new CurrencySales("EUR", 1, 2, Money.ofMinor(5_000, "EUR")),
                new CurrencySales("NOK", 2, 3, Money.ofMinor(59_700, "NOK"))), report.days().get(1).sales());
        assertEquals(List.of(0L, 59_700L, 0L, 19_900L),
                report.dailyAmounts("NOK").stream().map(Money::amountMinor).toList());
    }

    @Test
    void totalsAddTheDaysUpInEachCurrencyApart() {
        SalesReport report = SalesReport.of(FOUR_DAYS, null, null, ProductRanking.UNITS, List.of(
                new DayFigures(LocalDate.of(2026, 3, 1), "NOK", 2, 3, 59_700),
                new DayFigures(LocalDate.of(2026, 3, 1), "EUR", 1, 2, 5_000),
                new DayFigures(TODAY, "NOK", 1, 1, 19_900)), List.of());

        assertEquals(List.of(new CurrencySales("EUR", 1, 2, Money.ofMinor(5_000, "EUR")),
                new CurrencySales("NOK", 3, 4, Money.ofMinor(79_600, "NOK"))), report.totals());
        assertEquals(List.of("EUR", "NOK"), report.currencies());
        assertTrue(report.hasSales());
    }

    @Test
    void topProductsKeepTheirCurrencyAndPlace() {
        SalesReport report = SalesReport.of(FOUR_DAYS, 7L, "Fjord Ceramics", ProductRanking.AMOUNT, List.of(
                new DayFigures(TODAY, "NOK", 1, 3, 59_700)), List.of(
                new ProductFigures(1, 11, "Stoneware Mug", 7, "Fjord Ceramics", "NOK", 3, 59_700)));

        assertEquals(List.of(new SalesReport.TopProduct(1, 11, "Stoneware Mug", 7, "Fjord Ceramics", 3, Money.ofMinor(59_700, "NOK"))),
                report.topProducts());
    }

    @Test
    void aPeriodWithoutSalesHasEmptyDaysAndNoTotals() {
        SalesReport report = SalesReport.of(FOUR_DAYS, 7L, "Fjord Ceramics", ProductRanking.UNITS, List.of(), List.of());

        assertFalse(report.hasSales());
        assertEquals(4, report.days().size());
        assertTrue(report.days().stream().allMatch(day -> day.sales().isEmpty()));
        assertEquals(List.of(), report.currencies());
    }
}
