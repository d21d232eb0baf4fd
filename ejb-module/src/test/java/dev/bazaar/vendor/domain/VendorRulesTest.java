package dev.bazaar.vendor.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.bazaar.kernel.ConflictException;

class VendorRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private static ShopApplication application() {
        return new ShopApplication(" Fjord Ceramics ", "Fjord-Ceramics", "Fjord Ceramics AS", "NO-912345678",
                "Hello@Fjord.test", "+47 22 00 00 00", "no", "nok");
    }

    @Test
    void anApplicationIsTidiedAndFiledAsPending() {
        Vendor vendor = Vendor.apply(application(), 7L, NOW);

        assertEquals("Fjord Ceramics", vendor.name());
        assertEquals("fjord-ceramics", vendor.slug());
        assertEquals("NO", vendor.country());
        assertEquals("NOK", vendor.payoutCurrency());
        assertEquals("hello@fjord.test", vendor.contactEmail());
        assertEquals(VendorStatus.PENDING, vendor.status());
        assertFalse(vendor.status().isTrading());
    }

    @Test
    void anApplicationReportsEveryBrokenRuleByField() {
        ShopApplication bad = new ShopApplication("", "Not a slug!", null, "", "nobody", "12", "XX", "EURO");

        assertEquals(Set.of("shopName", "slug", "legalName", "registrationNumber", "contactEmail",
                "contactPhone", "country", "payoutCurrency"), bad.problems().keySet());
    }

    @Test
    void aPendingShopIsApprovedOrRejectedWithAReason() {
        Vendor approved = Vendor.apply(application(), 7L, NOW);
        approved.approve(NOW);
        assertTrue(approved.status().isTrading());

        Vendor rejected = Vendor.apply(application(), 8L, NOW);
        assertThrows(IllegalArgumentException.class, () -> rejected.reject(" ", NOW));
        rejected.reject("No registration found", NOW);
        assertEquals(VendorStatus.REJECTED, rejected.status());
        assertEquals("No registration found", rejected.statusReason());
    }

    @Test
    void decisionsFollowTheStatusRules() {
        Vendor vendor = Vendor.apply(application(), 7L, NOW);
        assertThrows(ConflictException.class, () -> vendor.suspend("too early", NOW));
        assertThrows(ConflictException.class, () -> vendor.reinstate(NOW));

        vendor.approve(NOW);
        assertThrows(ConflictException.class, () -> vendor.approve(NOW));
        vendor.suspend("Unpaid fees", NOW);
        assertFalse(vendor.status().isTrading());
        vendor.reinstate(NOW);
        assertEquals(VendorStatus.APPROVED, vendor.status());
        assertEquals(null, vendor.statusReason());
    }

    @Test
    void aRejectionIsFinal() {
        Vendor vendor = Vendor.apply(application(), 7L, NOW);
        vendor.reject("Incomplete", NOW);

        for (VendorStatus target : VendorStatus.values()) {
            assertFalse(VendorStatus.REJECTED.canTransitionTo(target));
        }
        assertThrows(ConflictException.class, () -> vendor.approve(NOW));
    }

    @Test
    void aShopPaysItsOwnRateOrThePlatformDefault() {
        Vendor vendor = Vendor.apply(application(), 7L, NOW);
        CommissionRate platform = new CommissionRate(1000);

        assertEquals(platform, vendor.commission(platform));
        vendor.changeCommission(CommissionRate.ofPercent("12.5"));
        assertEquals(1250, vendor.commission(platform).basisPoints());
        vendor.changeCommission(null);
        assertEquals(platform, vendor.commission(platform));
    }

    @Test
    void commissionRatesArePercentagesWithAtMostTwoDecimals() {
        assertEquals(1000, CommissionRate.ofPercent("10").basisPoints());
        assertEquals(1, CommissionRate.ofPercent("0.01").basisPoints());
        assertEquals("12.5 %", new CommissionRate(1250).percent());
        assertEquals("0 %", new CommissionRate(0).percent());
        assertThrows(IllegalArgumentException.class, () -> CommissionRate.ofPercent("0.001"));
        assertThrows(IllegalArgumentException.class, () -> CommissionRate.ofPercent("101"));
        assertThrows(IllegalArgumentException.class, () -> CommissionRate.ofPercent("-1"));
        assertThrows(IllegalArgumentException.class, () -> CommissionRate.ofPercent("ten"));
    }
}
