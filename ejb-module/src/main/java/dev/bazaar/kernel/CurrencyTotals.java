package dev.bazaar.kernel;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.Query;

/** Amounts summed per currency, as the reconciliation compares them. */
public final class CurrencyTotals {

    private CurrencyTotals() {
    }

    /** One currency's sum on one UTC day. */
    public record Day(String currency, LocalDate day) implements Comparable<Day> {

        @Override
        public int compareTo(Day other) {
            int byCurrency = currency.compareTo(other.currency);
            return byCurrency != 0 ? byCurrency : day.compareTo(other.day);
        }
    }

    /** Reads a native query answering rows of (currency, UTC date, sum of minor units): the sums by currency and day. */
    @SuppressWarnings("unchecked")
    public static Map<Day, Long> byDay(Query sumsByCurrencyAndDay) {
        Map<Day, Long> totals = new TreeMap<>();
        for (Object[] row : (List<Object[]>) sumsByCurrencyAndDay.getResultList()) {
            LocalDate day = row[1] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[1];
            totals.merge(new Day((String) row[0], day), ((Number) row[2]).longValue(), Long::sum);
        }
        return totals;
    }

    /** Reads a native query answering rows of (currency, sum of minor units): the sums by currency, in currency order. */
    @SuppressWarnings("unchecked")
    public static Map<String, Long> of(Query sumsByCurrency) {
        Map<String, Long> totals = new TreeMap<>();
        for (Object[] row : (List<Object[]>) sumsByCurrency.getResultList()) {
            totals.put((String) row[0], ((Number) row[1]).longValue());
        }
        return totals;
    }
}
