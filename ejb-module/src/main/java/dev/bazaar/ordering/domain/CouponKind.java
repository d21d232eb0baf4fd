package dev.bazaar.ordering.domain;

/** A coupon takes a percentage off, or a fixed amount (never more than what it applies to). */
public enum CouponKind {
    PERCENT,
    FIXED
}
