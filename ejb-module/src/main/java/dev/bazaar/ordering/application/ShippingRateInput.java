package dev.bazaar.ordering.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;
import dev.bazaar.ordering.domain.ShippingTerms;

/**
 * Standard delivery as a form or an API body gives it, in text: the flat rate ("4.95") and, optionally,
 * the amount of goods from which delivery is free ("50.00"), both in the rate's currency.
 * {@link #terms(String)} reads it, naming every field it cannot read.
 */
public record ShippingRateInput(@Schema(required = true, maxLength = 20, description = "A decimal amount such as \"4.95\"") String flatRate,
                                @Schema(maxLength = 20) String freeOver) {

    public ShippingTerms terms(String currency) {
        Map<String, String> problems = new LinkedHashMap<>();
        String code = currency(currency, problems);
        Money flat = amount("flatRate", "The flat rate", flatRate, code, problems);
        Money threshold = freeOver == null || freeOver.isBlank()
                ? null : amount("freeOver", "The free-delivery threshold", freeOver, code, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ShippingTerms(ShippingTerms.STANDARD, flat, threshold);
    }

    /** The ISO 4217 code in capitals, or null (and a problem) when it is not one Money knows. */
    static String currency(String currency, Map<String, String> problems) {
        String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        try {
            return Money.ofMinor(0, code).currencyCode();
        } catch (IllegalArgumentException e) {
            problems.put("currency", code.isEmpty() ? "A currency is required, such as EUR"
                    : "The currency " + code + " is not one we know: use an ISO 4217 code such as EUR, GBP or NOK");
            return null;
        }
    }

    private static Money amount(String field, String label, String text, String currency, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            problems.put(field, label + " is required (0 for free delivery)");
            return null;
        }
        if (currency == null) {
            return null; // without a currency its decimals cannot be checked; the currency's problem is reported
        }
        try {
            Money amount = Money.parse(text, currency);
            if (amount.isNegative()) {
                problems.put(field, label + " must be zero or more");
                return null;
            }
            return amount;
        } catch (IllegalArgumentException e) {
            problems.put(field, label + " must be an amount in " + currency + " such as " + example(currency) + ", not '"
                    + text.strip() + "'");
            return null;
        }
    }

    /** 4.95 in the currency's own decimals: "4.95" EUR, "5" JPY, "4.950" BHD. */
    private static String example(String currency) {
        int digits = Money.ofMinor(0, currency).toDecimal().scale();
        return new BigDecimal("4.95").setScale(digits, RoundingMode.HALF_UP).toPlainString();
    }
}
