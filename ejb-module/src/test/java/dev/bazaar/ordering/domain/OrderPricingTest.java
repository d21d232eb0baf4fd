package dev.bazaar.ordering.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;

class OrderPricingTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final ShippingTerms SHIPPING = new ShippingTerms(ShippingTerms.STANDARD, eur(495), eur(5000));

    private static Money eur(long minor) {
        return Money.ofMinor(minor, "EUR");
    }

    private static OrderPricing.ShopPart shop(long vendorId, long unitPrice, int quantity) {
        return new OrderPricing.ShopPart(vendorId, List.of(new OrderPricing.Line(eur(unitPrice), quantity)), SHIPPING, 1000);
    }

    private static Coupon coupon(CouponKind kind, Integer percentBps, Money amount, Money minSpend, Long vendorId, Integer maxUses) {
        return new Coupon(new Coupon.Terms("TEST-1", kind, percentBps, amount, minSpend, null, null, maxUses, null), vendorId, "admin@bazaar.test", NOW);
    }

    @Test
    void shippingIsTheFlatRateBelowTheThresholdAndFreeFromIt() {
        OrderPricing.Quote quote = OrderPricing.quote("EUR", List.of(shop(1, 2000, 2), shop(2, 2500, 2)), null, 0, false);

        assertEquals(eur(495), quote.shops().get(0).shipping());
        assertEquals(eur(0), quote.shops().get(1).shipping());
        assertEquals(eur(4000 + 495 + 5000), quote.total());
    }

    @Test
    void taxIsTheDestinationRateOnGoodsLessDiscountPlusShippingPerShopRoundedHalfUp() {
        // 19.99 + 4.95 = 24.94 at 19 % = 4.7386 → 4.74
        OrderPricing.Quote quote = OrderPricing.quote("EUR", List.of(shop(1, 1999, 1)), null, 1900, false);

        assertEquals(eur(474), quote.tax());
        assertEquals(eur(1999 + 495 + 474), quote.total());
        assertEquals(1900, quote.taxRateBps());
    }

    @Test
    void withTaxIncludedTheTotalIsWhatTheGrossPricesShownAddUpTo() {
        // 19.99 + 19 % = 23.79 a unit (3.7981 → 3.80), 2 units 47.58; shipping 4.95 + 0.94 = 5.89
        OrderPricing.Quote quote = OrderPricing.quote("EUR", List.of(shop(1, 1999, 2)), null, 1900, true);

        OrderPricing.Shown shown = quote.shops().get(0).shown();
        assertEquals(List.of(eur(4758)), shown.lines());
        assertEquals(eur(589), shown.shipping());
        assertEquals(eur(4758 + 589), quote.total());
        assertEquals(eur(4758 + 589 - (3998 + 495)), quote.tax(), "the tax is what the gross prices hold");
        assertEquals(eur(3998), quote.goods(), "the goods stay net");
    }

    @Test
    void withTaxIncludedADiscountIsTheSameShareOfTheGrossGoodsAndTheTaxIsNeverNegative() {
        Coupon everything = coupon(CouponKind.FIXED, null, eur(3998), null, null, null);

        OrderPricing.Quote quote = OrderPricing.quote("EUR", List.of(shop(1, 1999, 2)), everything, 1900, true);

        assertEquals(eur(4758), quote.shops().get(0).shown().discount());
        assertEquals(eur(589), quote.total(), "only the shipping is left to pay");
        assertEquals(eur(94), quote.tax());
    }

    @Test
    void anOrdersGrossFiguresRecomputedFromItsNetOnesAreWhatCheckoutShowedAndAddUpToItsTotal() {
        Coupon tenPercent = coupon(CouponKind.PERCENT, 1000, null, null, null, null);
        List<OrderPricing.Line> lines = List.of(new OrderPricing.Line(eur(1999), 3), new OrderPricing.Line(eur(333), 1));
        OrderPricing.Quote quote = OrderPricing.quote("EUR", List.of(new OrderPricing.ShopPart(1, lines, SHIPPING, 1000)), tenPercent, 1900, true);
        OrderPricing.ShopQuote kept = quote.shops().get(0);

        OrderPricing.Shown again = OrderPricing.grossShown(lines, kept.goods(), kept.discount(), kept.shipping(), 1900);

        assertEquals(kept.shown(), again);
        assertEquals(kept.total(), again.goods().minus(again.discount()).plus(again.shipping()), "to the minor unit");
    }

    @Test
    void commissionIsTheShopsRateOnItsGoods() {
        OrderPricing.Quote quote = OrderPricing.quote("EUR", List.of(shop(1, 1234, 3)), null, 2500, false);

        assertEquals(eur(370), quote.shops().get(0).commission()); // 10 % of 37.02 = 3.702 → 3.70
    }

    @Test
    void aPlatformCouponIsSharedInProportionAndThePartsAddUpToTheWhole() {
        Coupon tenPercentOff = coupon(CouponKind.PERCENT, 1000, null, null, null, null);
        List<OrderPricing.ShopPart> parts = List.of(shop(1, 1001, 1), shop(2, 1001, 1), shop(3, 1001, 1));

        OrderPricing.Quote quote = OrderPricing.quote("EUR", parts, tenPercentOff, 0, false);

        assertEquals(eur(300), quote.discount()); // 10 % of 30.03 = 3.003 → 3.00
        assertEquals(300, quote.shops().stream().mapToLong(s -> s.discount().amountMinor()).sum());
        assertEquals(eur(100), quote.shops().get(0).discount());
        // the platform bears it: commission is still 10 % of each shop's full goods
        assertEquals(eur(100), quote.shops().get(0).commission());
        assertEquals(eur(0), quote.shops().get(0).shopDiscount());
    }

    @Test
    void aShopsCouponCoversOnlyThatShopAndLowersItsCommissionBase() {
        Coupon fiveOff = coupon(CouponKind.FIXED, null, eur(500), null, 2L, null);

        OrderPricing.Quote quote = OrderPricing.quote("EUR", List.of(shop(1, 3000, 1), shop(2, 3000, 1)), fiveOff, 0, false);

        assertEquals(eur(0), quote.shops().get(0).discount());
        assertEquals(eur(500), quote.shops().get(1).discount());
        assertEquals(eur(250), quote.shops().get(1).commission()); // 10 % of 25.00
    }

    @Test
    void aFixedCouponNeverTakesOffMoreThanTheGoods() {
        Coupon bigOff = coupon(CouponKind.FIXED, null, eur(10_000), null, null, null);

        OrderPricing.Quote quote = OrderPricing.quote("EUR", List.of(shop(1, 1500, 1)), bigOff, 0, false);

        assertEquals(eur(1500), quote.discount());
        assertEquals(eur(495), quote.total());
    }

    @Test
    void aCouponIsRefusedOutsideItsWindowBelowItsMinimumSpendInAnotherCurrencyOrWhenUsedUp() {
        Coupon windowed = new Coupon(new Coupon.Terms("WINTER", CouponKind.PERCENT, 500, null, eur(5000),
                NOW.minusSeconds(60), NOW.plusSeconds(60), 1, 1), null, "admin@bazaar.test", NOW);

        assertThrows(InvalidInputException.class, () -> windowed.requireApplicable(NOW.plusSeconds(120), "EUR", eur(6000), 0));
        assertThrows(InvalidInputException.class, () -> windowed.requireApplicable(NOW.minusSeconds(120), "EUR", eur(6000), 0));
        assertThrows(InvalidInputException.class, () -> windowed.requireApplicable(NOW, "EUR", eur(4999), 0));
        assertThrows(InvalidInputException.class, () -> windowed.requireApplicable(NOW, "NOK", Money.ofMinor(600000, "NOK"), 0));
        assertThrows(ConflictException.class, () -> windowed.requireApplicable(NOW, "EUR", eur(6000), 1));
        windowed.requireApplicable(NOW, "EUR", eur(5000), 0);
        windowed.recordUse();
        assertThrows(ConflictException.class, () -> windowed.requireApplicable(NOW, "EUR", eur(6000), 0));
        assertThrows(ConflictException.class, windowed::recordUse);
    }

    @Test
    void couponTermsAreCheckedFieldByField() {
        InvalidInputException wrong = assertThrows(InvalidInputException.class, () -> new Coupon(new Coupon.Terms("x!",
                CouponKind.PERCENT, 0, null, null, NOW, NOW, 0, null), null, "admin@bazaar.test", NOW));

        assertEquals(java.util.Set.of("code", "percent", "endsAt", "maxUses"), wrong.fieldErrors().keySet());
    }

    @Test
    void basisPointSharesRoundHalfUp() {
        assertEquals(1, Rates.share(5, 1000));    // 0.5 → 1
        assertEquals(0, Rates.share(4, 1000));    // 0.4 → 0
        assertEquals(2500, Rates.share(10_000, 2500));
        assertThrows(IllegalArgumentException.class, () -> Rates.share(-1, 100));
    }
}
