package dev.bazaar.stripe.standin;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Amounts in the smallest currency unit, worded as Stripe words them in error messages ("€10.00"). */
final class Money {

    /** Currencies without minor units (Stripe's list). */
    private static final Set<String> ZERO_DECIMAL = Set.of("bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga",
            "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf");
    private static final Map<String, String> SYMBOLS = Map.of("usd", "$", "eur", "€", "gbp", "£", "jpy", "¥",
            "cad", "CA$", "aud", "A$", "chf", "CHF ");
    /** Stripe's minimum charge amounts, for the currencies it publishes them for. */
    private static final Map<String, Long> MINIMUMS = Map.ofEntries(Map.entry("usd", 50L), Map.entry("eur", 50L),
            Map.entry("gbp", 30L), Map.entry("chf", 50L), Map.entry("cad", 50L), Map.entry("aud", 50L),
            Map.entry("jpy", 50L), Map.entry("dkk", 250L), Map.entry("sek", 300L), Map.entry("nok", 300L),
            Map.entry("pln", 200L), Map.entry("czk", 1500L), Map.entry("huf", 17500L), Map.entry("ron", 200L));
    static final long MAXIMUM = 99_999_999L;

    private Money() {
    }

    static String format(long amount, String currency) {
        String c = currency.toLowerCase(Locale.ROOT);
        BigDecimal value = ZERO_DECIMAL.contains(c) ? BigDecimal.valueOf(amount) : BigDecimal.valueOf(amount, 2);
        DecimalFormat df = new DecimalFormat(ZERO_DECIMAL.contains(c) ? "#,##0" : "#,##0.00",
                DecimalFormatSymbols.getInstance(Locale.US));
        String symbol = SYMBOLS.get(c);
        return symbol != null ? symbol + df.format(value) : df.format(value) + " " + c.toUpperCase(Locale.ROOT);
    }

    /** Stripe's checks on a payment amount: at least the currency's minimum, at most 99,999,999 units. */
    static void checkChargeAmount(long amount, String currency) {
        long minimum = MINIMUMS.getOrDefault(currency, 1L);
        if (amount < minimum) {
            throw ApiError.invalid("amount_too_small", "amount",
                    "Amount must be at least " + format(minimum, currency) + " " + currency);
        }
        if (amount > MAXIMUM) {
            throw ApiError.invalid("amount_too_large", "amount",
                    "Amount must be no more than " + format(MAXIMUM, currency));
        }
    }
}
