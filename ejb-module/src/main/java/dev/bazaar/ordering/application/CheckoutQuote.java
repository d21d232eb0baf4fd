package dev.bazaar.ordering.application;

import java.util.List;

import dev.bazaar.kernel.Money;

/**
 * The order summary before placing: each shop's goods, discount, shipping and tax, and the totals, as the shopper
 * is shown them. Where the destination's prices include tax ({@code pricesIncludeTax}), the prices, goods, discount
 * and shipping are gross and {@code tax} is the tax they include; elsewhere they are net and the tax comes on top.
 * Either way the total is what placing the order charges.
 */
public record CheckoutQuote(String currency, List<Shop> shops, Money items, Money discount, Money shipping, Money tax,
                            Money total, String taxRate, boolean pricesIncludeTax, String couponCode,
                            List<PaymentOption> paymentMethods) {

    public record Shop(long vendorId, String vendorName, List<Line> lines, Money items, Money discount, String shippingMethod,
                       Money shipping, Money tax, Money total) {
    }

    public record Line(long variantId, String productName, String variantTitle, String sku, int quantity, Money unitPrice,
                       Money amount) {
    }

    public record PaymentOption(String code, String label) {
    }
}
