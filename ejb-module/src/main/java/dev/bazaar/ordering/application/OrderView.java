package dev.bazaar.ordering.application;

import java.time.Instant;
import java.util.List;

import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.PostalAddress;
import dev.bazaar.ordering.domain.PaymentStatus;

/** One checkout: addresses, totals, the payment, and each shop's part. */
public record OrderView(long id, String number, String customerEmail, String customerName, String currency,
                        Instant placedAt, String paymentMethod, PaymentStatus paymentStatus, Instant paidAt,
                        Instant reservedUntil, PostalAddress shipTo, PostalAddress billTo, Money items, Money discount,
                        Money shipping, Money tax, Money total, int taxRateBps, String couponCode,
                        List<VendorOrderView> vendorOrders) {
}
