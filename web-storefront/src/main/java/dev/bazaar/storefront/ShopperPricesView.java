package dev.bazaar.storefront;

import dev.bazaar.kernel.Money;
import dev.bazaar.ordering.application.ShopperPrices;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A catalog price as this shopper is shown it: with VAT included where the country they ship to shows
 * prices that way (known once they have an address), else as it is. Asked once a request.
 */
@Named("shopperPrices")
@RequestScoped
public class ShopperPricesView {

    @EJB
    ShopperPrices prices;

    @Inject
    HomeView home;

    private ShopperPrices.Display display;

    public String price(Money price) {
        if (display == null) {
            display = prices.forCaller();
        }
        return home.price(display.shown(price));
    }
}
