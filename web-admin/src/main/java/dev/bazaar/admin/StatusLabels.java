package dev.bazaar.admin;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import dev.bazaar.catalog.domain.ProductStatus;
import dev.bazaar.ordering.domain.VendorOrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Statuses as people read them: products and shop orders by their own labels, shops by what their status
 * means to an admin, any other code (refunds, mail, ledger kinds) as words ("PAID_OUT" reads "Paid out").
 * Pages compare the codes; they show these.
 */
@Named("labels")
@ApplicationScoped
public class StatusLabels {

    private static final Map<String, String> SHOPS = Map.of("PENDING", "Waiting for approval", "APPROVED", "Trading",
            "REJECTED", "Rejected", "SUSPENDED", "Suspended");

    public String product(String code) {
        return Arrays.stream(ProductStatus.values()).filter(s -> s.name().equals(code)).findFirst()
                .map(ProductStatus::label).orElseGet(() -> words(code));
    }

    public String order(String code) {
        return Arrays.stream(VendorOrderStatus.values()).filter(s -> s.name().equals(code)).findFirst()
                .map(VendorOrderStatus::label).orElseGet(() -> words(code));
    }

    public String shop(String code) {
        return code == null ? "" : SHOPS.getOrDefault(code, words(code));
    }

    /** Any code in words: its first letter capital, the rest small, underscores as spaces. */
    public String words(Object code) {
        if (code == null) {
            return "";
        }
        String text = code.toString().replace('_', ' ').toLowerCase(Locale.ROOT);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
