package dev.bazaar.kernel;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.Query;

/** Amounts summed per currency, as the reconciliation compares them. */
public final class CurrencyTotals {

    private CurrencyTotals() {
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
