package dev.bazaar.ordering.application;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.FieldProblems;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Percentage;
import dev.bazaar.kernel.Role;
import dev.bazaar.ordering.domain.RateTables;
import dev.bazaar.ordering.domain.TaxRate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Platform admins keep the tax rate of every country Bazaar delivers to (adding a country opens
 * deliveries there, removing it closes them) and the platform's default standard delivery per
 * currency, which applies to every shop without a rate of its own. Each call checks that the caller
 * is still an active admin.
 */
@Stateless
@RolesAllowed("PLATFORM_ADMIN")
public class RateAdministration {

    @Inject
    RateTables rates;

    @Inject
    CallerScope callers;

    public List<TaxRateView> taxRates() {
        callers.requireActive(Role.PLATFORM_ADMIN);
        return rates.taxRates().stream().map(TaxRateView::of).toList();
    }

    /**
     * Sets the tax on orders to {@code country} (an ISO 3166 two-letter code) to {@code percent}
     * ("21", "7.5"); a country without a rate so far becomes one Bazaar delivers to.
     */
    public TaxRateView setTaxRate(String country, String percent) {
        return setTaxRate(country, percent, null);
    }

    /**
     * As {@link #setTaxRate(String, String)}, and whether shoppers shipping there see prices with the tax
     * included ({@code pricesIncludeTax}; null keeps it as it is, or off for a new country).
     */
    public TaxRateView setTaxRate(String country, String percent, Boolean pricesIncludeTax) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        String code = countryCode(country);
        FieldProblems problems = new FieldProblems().country("country", code);
        Percentage rate = null;
        try {
            rate = Percentage.parse(percent);
        } catch (IllegalArgumentException e) {
            problems.add("percent", "The tax rate " + e.getMessage());
        }
        problems.throwIfAny();
        Instant now = Instant.now();
        TaxRate set = rates.taxRate(code).orElse(null);
        if (set == null) {
            set = rates.add(new TaxRate(code, rate, now));
        } else {
            set.change(rate, now);
        }
        if (pricesIncludeTax != null) {
            set.showPricesWithTax(pricesIncludeTax, now);
        }
        return TaxRateView.of(set);
    }

    /** Stops deliveries to {@code country}: checkout refuses addresses there from now on. */
    public void removeTaxRate(String country) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        String code = countryCode(country);
        new FieldProblems().country("country", code).throwIfAny();
        rates.remove(rates.taxRate(code).orElseThrow(() -> new NotFoundException("Bazaar has no tax rate for " + code)));
    }

    /** The platform's default standard delivery, by currency. */
    public List<ShippingRateView> defaultShippingRates() {
        callers.requireActive(Role.PLATFORM_ADMIN);
        return rates.shippingRates(null).stream().map(ShippingRateView::of).toList();
    }

    /** Sets the default in {@code currency}; shops with a rate of their own in it keep theirs. */
    public ShippingRateView setDefaultShippingRate(String currency, ShippingRateInput input) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        return ShippingRateView.of(rates.setShippingRate(null,
                (input == null ? new ShippingRateInput(null, null) : input).terms(currency)));
    }

    private static String countryCode(String country) {
        return country == null ? null : country.strip().toUpperCase(Locale.ROOT);
    }
}
