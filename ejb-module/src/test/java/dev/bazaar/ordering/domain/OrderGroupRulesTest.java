package dev.bazaar.ordering.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.PostalAddress;

class OrderGroupRulesTest {

    private static final Instant PLACED = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant PAY_BEFORE = PLACED.plusSeconds(1800);
    private static final ShippingTerms SHIPPING = new ShippingTerms(ShippingTerms.STANDARD, eur(495), null);

    private static Money eur(long minor) {
        return Money.ofMinor(minor, "EUR");
    }

    /** One checkout from two shops (vendors 1 and 2), one line each. */
    private static OrderGroup twoShopOrder() {
        PostalAddress address = new PostalAddress("Ada Buyer", "Main St 1", null, "Berlin", null, "10115", "DE", null);
        var parts = List.of(new OrderPricing.ShopPart(1, List.of(new OrderPricing.Line(eur(1000), 1)), SHIPPING, 1000),
                new OrderPricing.ShopPart(2, List.of(new OrderPricing.Line(eur(2500), 2)), SHIPPING, 1000));
        Map<Long, List<Purchase>> purchases = Map.of(
                1L, List.of(new Purchase(11, 101, "Mug", "S", "MUG-S", 1, eur(1000), List.of(new Allocation(7, 1)))),
                2L, List.of(new Purchase(22, 202, "Bowl", "L", "BOWL-L", 2, eur(2500), List.of(new Allocation(8, 2)))));
        return new OrderGroup("BZ-TEST-1", new OrderGroup.Placement(Buyer.customer(5), "ada@bazaar.test", "Ada Buyer", address, address,
                null, "MANUAL", PAY_BEFORE, PLACED, "en"), OrderPricing.quote("EUR", parts, null, 1900, false), purchases);
    }

    @Test
    void payingAGroupPaysEveryPartStillWaitingAndOnlyOnce() {
        OrderGroup group = twoShopOrder();
        Instant paidAt = PLACED.plusSeconds(60);

        List<VendorOrder> paidNow = group.paid(paidAt, "admin@bazaar.test", "bank transfer arrived");

        assertEquals(2, paidNow.size());
        assertTrue(group.vendorOrders().stream().allMatch(o -> o.status() == VendorOrderStatus.PAID));
        assertEquals(PaymentStatus.PAID, group.paymentStatus());
        assertEquals(paidAt, group.paidAt());
        assertNull(group.reservedUntil());
        assertFalse(group.awaitsPayment());
        assertThrows(ConflictException.class, () -> group.paid(paidAt, "admin@bazaar.test", "again"));
    }

    @Test
    void aPartCancelledBeforeThePaymentStaysCancelled() {
        OrderGroup group = twoShopOrder();
        VendorOrder first = group.vendorOrders().get(0);
        first.moveTo(VendorOrderStatus.CANCELLED, "ada@bazaar.test", "changed my mind", PLACED.plusSeconds(10));
        group.partCancelled();
        assertTrue(group.awaitsPayment(), "one shop's part is still to be paid");

        List<VendorOrder> paidNow = group.paid(PLACED.plusSeconds(60), "admin@bazaar.test", "paid");

        assertEquals(List.of(group.vendorOrders().get(1)), paidNow);
        assertEquals(VendorOrderStatus.CANCELLED, first.status());
    }

    @Test
    void onceEveryPartIsCancelledNoPaymentIsExpected() {
        OrderGroup group = twoShopOrder();
        for (VendorOrder part : group.vendorOrders()) {
            part.moveTo(VendorOrderStatus.CANCELLED, "ada@bazaar.test", "changed my mind", PLACED.plusSeconds(10));
            group.partCancelled();
        }

        assertEquals(PaymentStatus.CANCELLED, group.paymentStatus());
        assertFalse(group.paymentWindowClosed(PAY_BEFORE.plusSeconds(1)), "nothing is left to expire");
        assertThrows(ConflictException.class, () -> group.paid(PLACED.plusSeconds(60), "admin@bazaar.test", "late"));
    }

    @Test
    void thePaymentWindowClosesOnlyAfterTheReservedTime() {
        OrderGroup group = twoShopOrder();

        assertFalse(group.paymentWindowClosed(PAY_BEFORE));
        assertTrue(group.paymentWindowClosed(PAY_BEFORE.plusMillis(1)));
    }
}
