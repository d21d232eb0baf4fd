package dev.bazaar.analytics.application;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import dev.bazaar.analytics.domain.Period;
import dev.bazaar.analytics.domain.ProductRanking;
import dev.bazaar.analytics.domain.SalesFigures;
import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Role;
import dev.bazaar.vendor.application.ShopDirectory;
import dev.bazaar.vendor.application.ShopDirectory.ShopFacts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Sales reports over the last {@code days} UTC days (default {@value Period#DEFAULT_DAYS}, at most
 * {@value Period#MAX_DAYS}): a shop's members see their own shop's figures and nothing else; a
 * platform admin sees the whole platform or picks a shop. Each report has the daily series and the
 * {@value #TOP} best-selling products per currency, ranked by units (the default) or by amount.
 */
@Stateless
@RolesAllowed({"PLATFORM_ADMIN", "VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
public class SalesReporting {

    public static final int TOP = 10;

    @Inject
    SalesFigures figures;

    @Inject
    CallerScope callers;

    @Inject
    ShopDirectory shops;

    /** The caller's own shop: the shop is always the one their account works for. */
    @RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
    public SalesReport shopSales(Integer days, ProductRanking ranking) {
        long vendorId = callers.memberShop();
        return report(Period.lastDays(days, today()), Optional.of(shop(vendorId)), ranking);
    }

    /** The whole platform (vendorId null) or one shop, for platform admins. */
    @RolesAllowed("PLATFORM_ADMIN")
    public SalesReport platformSales(Integer days, Long vendorId, ProductRanking ranking) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        Period period = Period.lastDays(days, today());
        return report(period, vendorId == null ? Optional.empty() : Optional.of(shop(vendorId)), ranking);
    }

    /** The shops that have sold something, by name: the admins' choice of shop. */
    @RolesAllowed("PLATFORM_ADMIN")
    public List<SalesFigures.ShopName> shopsWithSales() {
        callers.requireActive(Role.PLATFORM_ADMIN);
        return figures.shopsWithSales();
    }

    private SalesReport report(Period period, Optional<ShopFacts> shop, ProductRanking ranking) {
        ProductRanking by = ranking == null ? ProductRanking.UNITS : ranking;
        Optional<Long> vendorId = shop.map(ShopFacts::id);
        return SalesReport.of(period, vendorId.orElse(null), shop.map(ShopFacts::name).orElse(null), by,
                figures.days(vendorId, period), figures.topProducts(vendorId, period, by, TOP));
    }

    private ShopFacts shop(long vendorId) {
        return shops.find(vendorId).orElseThrow(() -> new NotFoundException("No shop " + vendorId));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
