package dev.bazaar.analytics.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import dev.bazaar.kernel.Money;

/**
 * What one event does to a shop's figures for one day and currency: a paid vendor order adds one
 * order, its units and its total; a cancellation of a paid one takes exactly that away again, from
 * the same day. The day is the UTC date the vendor order was paid, so a sale and its cancellation
 * always meet on one row, whichever of the two events is handled first.
 *
 * <p>Lines of the same product are added up, and the products come sorted by id: every transaction
 * upserts the rows of a day in the same order, so two concurrent consumers never deadlock.
 */
public record SalesChange(long vendorId, LocalDate day, String currency, int orders, long units, long amountMinor,
                          List<ProductChange> products) {

    /** What the change does to one product's figures. */
    public record ProductChange(long productId, String productName, long units, long amountMinor) {

        ProductChange negated() {
            return new ProductChange(productId, productName, -units, -amountMinor);
        }
    }

    /** A line of a vendor order as the event describes it; events from before products had ids lack one. */
    public record SoldLine(Long productId, String productName, int quantity, Money amount) {

        public SoldLine {
            Objects.requireNonNull(productName, "productName");
            Objects.requireNonNull(amount, "amount");
            if (quantity <= 0) {
                throw new IllegalArgumentException("A sold line has a positive quantity, not " + quantity);
            }
        }
    }

    public SalesChange {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(currency, "currency");
        products = List.copyOf(products);
    }

    /**
     * One paid vendor order. Its total (what the customer paid the shop's part: goods, shipping and tax
     * less discounts) is the day's gross amount; the lines give units and the products' figures.
     */
    public static SalesChange sale(long vendorId, Instant paidAt, Money total, List<SoldLine> lines) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A sale has at least one line");
        }
        long units = 0;
        Map<Long, ProductChange> byProduct = new TreeMap<>();
        for (SoldLine line : lines) {
            if (!line.amount().currencyCode().equals(total.currencyCode())) {
                throw new IllegalArgumentException("A line in " + line.amount().currencyCode() + " in an order in " + total.currencyCode());
            }
            units += line.quantity();
            if (line.productId() != null) {
                byProduct.merge(line.productId(),
                        new ProductChange(line.productId(), line.productName(), line.quantity(), line.amount().amountMinor()),
                        (a, b) -> new ProductChange(a.productId(), a.productName(), a.units() + b.units(), a.amountMinor() + b.amountMinor()));
            }
        }
        return new SalesChange(vendorId, LocalDate.ofInstant(paidAt, ZoneOffset.UTC), total.currencyCode(), 1, units,
                total.amountMinor(), new ArrayList<>(byProduct.values()));
    }

    /** The same figures taken away: a paid order that was cancelled. */
    public SalesChange reversed() {
        return new SalesChange(vendorId, day, currency, -orders, -units, -amountMinor,
                products.stream().map(ProductChange::negated).toList());
    }
}
