package dev.bazaar.ordering.application;

import java.time.Instant;
import java.util.List;

import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.PostalAddress;
import dev.bazaar.ordering.domain.PaymentStatus;

/**
 * One checkout: addresses, totals, the payment, and each shop's part. {@code items}, {@code discount} and
 * {@code shipping} are net, the tax beside them; {@code shown} has them as the shopper was shown them at
 * checkout: gross where prices included the tax ({@code pricesIncludeTax}, ADR 17; the tax is then the
 * part of them that is VAT), else the same net figures. Either way they add up to the total.
 * {@code language} is the one the shopper ordered in.
 */
public record OrderView(long id, String number, String customerEmail, String customerName, String currency,
                        Instant placedAt, String paymentMethod, PaymentStatus paymentStatus, Instant paidAt,
                        Instant reservedUntil, PostalAddress shipTo, PostalAddress billTo, Money items, Money discount,
                        Money shipping, Money tax, Money total, int taxRateBps, boolean pricesIncludeTax, Shown shown,
                        String couponCode, String language, List<VendorOrderView> vendorOrders) {

    /** Goods, discount and shipping as shown: gross where prices include the tax, else net. */
    public record Shown(Money items, Money discount, Money shipping) {
    }

    /** The tax rate as it reads: "19 %". */
    public String taxRate() {
        return Checkout.percent(taxRateBps);
    }
}
