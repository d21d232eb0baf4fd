package dev.bazaar.ordering.application;

import java.time.Instant;
import java.util.List;

import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.Role;
import dev.bazaar.kernel.UniqueViolation;
import dev.bazaar.ordering.domain.Coupon;
import dev.bazaar.ordering.domain.Orders;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

/**
 * Coupons: platform admins make the platform's own (funded by Bazaar, good for a whole order); a
 * shop's owner or manager makes the shop's (funded by the shop, good for its products only). Each
 * sees and ends only their own.
 */
@Stateless
@RolesAllowed({"PLATFORM_ADMIN", "VENDOR_OWNER", "VENDOR_MANAGER"})
public class CouponDesk {

    @Inject
    Orders orders;

    @Inject
    CallerScope callers;

    @RolesAllowed("PLATFORM_ADMIN")
    public CouponView createPlatformCoupon(CouponInput input) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        return create(input.terms(), null);
    }

    @RolesAllowed("PLATFORM_ADMIN")
    public List<CouponView> platformCoupons() {
        callers.requireActive(Role.PLATFORM_ADMIN);
        return orders.coupons(null).stream().map(CouponView::of).toList();
    }

    public CouponView createShopCoupon(CouponInput input) {
        return create(input.terms(), shop());
    }

    public List<CouponView> shopCoupons() {
        return orders.coupons(shop()).stream().map(CouponView::of).toList();
    }

    private CouponView create(Coupon.Terms terms, Long vendorId) {
        Coupon coupon = new Coupon(terms, vendorId, callers.email(), Instant.now());
        if (orders.couponCodeTaken(coupon.code())) {
            throw taken(coupon.code());
        }
        try {
            return CouponView.of(orders.addCoupon(coupon));
        } catch (PersistenceException e) {
            UniqueViolation.in(e).orElseThrow(() -> e); // the same code, made a moment ago by someone else
            throw taken(coupon.code());
        }
    }

    private static ConflictException taken(String code) {
        return new ConflictException("code", code + " is taken: choose another code");
    }

    private long shop() {
        return callers.shop(Role.SHOP_MANAGERS, "Only a shop's owner and managers manage its coupons");
    }
}
