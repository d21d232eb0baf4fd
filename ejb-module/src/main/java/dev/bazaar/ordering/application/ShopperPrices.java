package dev.bazaar.ordering.application;

import dev.bazaar.identity.application.AddressBook;
import dev.bazaar.identity.application.AddressView;
import dev.bazaar.identity.application.Shoppers;
import dev.bazaar.kernel.Money;
import dev.bazaar.ordering.domain.OrderPricing;
import dev.bazaar.ordering.domain.RateTables;
import dev.bazaar.ordering.domain.TaxRate;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * How the shopper calling is shown prices: net, or with the tax of the country they ship to included
 * where that country's prices include it (ADR 17). The country is known for a signed-in shopper with
 * an address (the default shipping address, else the first); for anyone else prices show as they are.
 */
@Stateless
@PermitAll
public class ShopperPrices {

    /** Prices shown with {@code taxRateBps} included ({@code included}), for shoppers shipping to {@code country}. */
    public record Display(String country, int taxRateBps, boolean included) {

        public Money shown(Money price) {
            return included ? OrderPricing.gross(price, taxRateBps) : price;
        }

        /** {@code quantity} units at the net {@code unitPrice}, as shown: the unit as shown times the quantity, as checkout prices a line. */
        public Money line(Money unitPrice, int quantity) {
            return shown(unitPrice).times(quantity);
        }

        /** The rate as it reads: "19 %". */
        public String rate() {
            return Checkout.percent(taxRateBps);
        }
    }

    @Inject
    Shoppers shoppers;

    @Inject
    AddressBook addresses;

    @Inject
    RateTables rates;

    @Resource
    SessionContext caller;

    public Display forCaller() {
        return shoppers.signedIn(caller.getCallerPrincipal())
                .flatMap(shopper -> addresses.list(shopper.id()).stream()
                        .sorted((a, b) -> Boolean.compare(b.defaultShipping(), a.defaultShipping())).findFirst())
                .map(AddressView::country)
                .flatMap(rates::taxRate)
                .map(ShopperPrices::display)
                .orElse(new Display(null, 0, false));
    }

    private static Display display(TaxRate rate) {
        return new Display(rate.country(), rate.rate().basisPoints(), rate.pricesIncludeTax());
    }
}
