package dev.bazaar.ordering.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Role;
import dev.bazaar.ordering.domain.RateTables;
import dev.bazaar.ordering.domain.ShippingRate;
import dev.bazaar.ordering.domain.ShippingTerms;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * A shop's standard delivery: per currency, its own flat rate and free-delivery threshold, or else
 * the platform's default. Every member sees what applies; owners and managers set and remove the
 * shop's own rates. A caller only ever reaches the shop they work for.
 */
@Stateless
@RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
public class ShopShippingRates {

    @Inject
    RateTables rates;

    @Inject
    CallerScope callers;

    /** What checkout charges for the shop's orders in each currency it can ship, by currency. */
    public List<ShippingRateView> rates() {
        return rates.applyingShippingRates(shop(Role.SHOP_MEMBERS)).stream().map(ShippingRateView::of).toList();
    }

    /** Sets the shop's own rate in {@code currency}, in place of the platform's default. */
    public ShippingRateView set(String currency, ShippingRateInput input) {
        long vendorId = shop(Role.SHOP_MANAGERS);
        ShippingTerms terms = (input == null ? new ShippingRateInput(null, null) : input).terms(currency);
        return ShippingRateView.of(rates.setShippingRate(vendorId, terms));
    }

    /** Removes the shop's own rate in {@code currency}: the platform's default applies again. */
    public void remove(String currency) {
        long vendorId = shop(Role.SHOP_MANAGERS);
        Map<String, String> problems = new HashMap<>();
        String code = ShippingRateInput.currency(currency, problems);
        if (code == null) {
            throw new InvalidInputException(problems);
        }
        ShippingRate own = rates.shippingRate(vendorId, code)
                .orElseThrow(() -> new NotFoundException("Your shop has no rate of its own in " + code));
        rates.remove(own);
    }

    private long shop(Set<Role> roles) {
        return callers.shop(roles, roles.equals(Role.SHOP_MEMBERS) ? "Your account does not work for a shop"
                : "Only the shop's owner and managers change its shipping rates");
    }
}
