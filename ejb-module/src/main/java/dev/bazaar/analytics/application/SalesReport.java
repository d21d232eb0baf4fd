package dev.bazaar.analytics.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.bazaar.analytics.domain.DayFigures;
import dev.bazaar.analytics.domain.Period;
import dev.bazaar.analytics.domain.ProductFigures;
import dev.bazaar.analytics.domain.ProductRanking;
import dev.bazaar.kernel.Money;

/**
 * Sales over a period, for one shop ({@code vendorId} and {@code shopName} set) or the whole platform
 * (both null). Every amount stays in its currency: the totals, each day's figures and the top
 * products are per currency. {@code days} holds every day of the period, oldest first, a day without
 * sales with no figures, so it reads as a series.
 */
public record SalesReport(LocalDate from, LocalDate to, Long vendorId, String shopName, ProductRanking ranking,
                          List<CurrencySales> totals, List<SalesDay> days, List<TopProduct> topProducts) {

    /** Paid vendor orders (less those cancelled since), their units, and what customers paid for them. */
    public record CurrencySales(String currency, long orders, long units, Money amount) {
    }

    public record SalesDay(LocalDate day, List<CurrencySales> sales) {
    }

    /** A best seller of the period within its currency: its place, its shop, units sold and the amount the lines came to. */
    public record TopProduct(int rank, long productId, String productName, long vendorId, String shopName, long units,
                             Money amount) {
    }

    static SalesReport of(Period period, Long vendorId, String shopName, ProductRanking ranking, List<DayFigures> figures,
                          List<ProductFigures> top) {
        Map<LocalDate, List<DayFigures>> byDay = figures.stream().collect(Collectors.groupingBy(DayFigures::day));
        List<SalesDay> days = period.days().stream()
                .map(day -> new SalesDay(day, byDay.getOrDefault(day, List.of()).stream().map(SalesReport::sales).toList()))
                .toList();
        Map<String, CurrencySales> totals = new TreeMap<>();
        for (DayFigures day : figures) {
            totals.merge(day.currency(), sales(day), SalesReport::plus);
        }
        return new SalesReport(period.from(), period.to(), vendorId, shopName, ranking, new ArrayList<>(totals.values()), days,
                top.stream().map(p -> new TopProduct(p.rank(), p.productId(), p.productName(), p.vendorId(), p.shopName(),
                        p.units(), Money.ofMinor(p.amountMinor(), p.currency()))).toList());
    }

    /** Whether anything was sold in the period (what a page checks before drawing a chart). */
    public boolean hasSales() {
        return !totals.isEmpty();
    }

    /** The currencies sold in, alphabetically: one series each. */
    public List<String> currencies() {
        return totals.stream().map(CurrencySales::currency).toList();
    }

    /** One currency's amounts per day of the period, zero where nothing was sold. */
    public List<Money> dailyAmounts(String currency) {
        Function<SalesDay, Money> amount = day -> day.sales().stream().filter(s -> s.currency().equals(currency))
                .map(CurrencySales::amount).findFirst().orElse(Money.ofMinor(0, currency));
        return days.stream().map(amount).toList();
    }

    private static CurrencySales sales(DayFigures day) {
        return new CurrencySales(day.currency(), day.orders(), day.units(), Money.ofMinor(day.amountMinor(), day.currency()));
    }

    private static CurrencySales plus(CurrencySales a, CurrencySales b) {
        return new CurrencySales(a.currency(), a.orders() + b.orders(), a.units() + b.units(), a.amount().plus(b.amount()));
    }
}
