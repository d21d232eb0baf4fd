package dev.bazaar.ordering.application;

import java.time.Instant;

import dev.bazaar.kernel.Money;
import dev.bazaar.ordering.domain.Coupon;
import dev.bazaar.ordering.domain.CouponKind;

/** A coupon as its owner manages it: terms, limits and how often it was used. */
public record CouponView(long id, String code, CouponKind kind, String percent, Money amount, Money minSpend, Long vendorId,
                         Instant startsAt, Instant endsAt, Integer maxUses, Integer maxUsesPerCustomer, int usedCount,
                         boolean active) {

    static CouponView of(Coupon c) {
        return new CouponView(c.id(), c.code(), c.kind(), c.percentBps() == null ? null : Checkout.percent(c.percentBps()),
                c.amount(), c.minSpend(), c.vendorId(), c.startsAt(), c.endsAt(), c.maxUses(), c.maxUsesPerCustomer(),
                c.usedCount(), c.active());
    }
}
