package dev.bazaar.storefront;

import java.util.List;

import dev.bazaar.cart.application.CartView;
import dev.bazaar.kernel.Money;
import dev.bazaar.ordering.application.ShopperPrices;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A catalog price as this shopper is shown it: with VAT included where the country they ship to shows
 * prices that way (known once they have an address), else as it is. Asked once a request. In the cart,
 * each line is its unit price as shown times the quantity (as checkout prices it), a subtotal the sum
 * of its lines, and the VAT they include is stated beside it.
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
        return home.price(display().shown(price));
    }

    public String amount(CartView.Line line) {
        return home.price(display().line(line.unitPrice(), line.quantity()));
    }

    public String subtotal(List<CartView.Line> lines) {
        return home.price(shown(lines));
    }

    /** The VAT in these lines' amounts as shown (their shown sum less their net sum). */
    public String vatIn(List<CartView.Line> lines) {
        return home.price(shown(lines).minus(lines.stream().map(CartView.Line::amount).reduce(Money::plus).orElseThrow()));
    }

    public boolean isVatIncluded() {
        return display().included();
    }

    public String getVatRate() {
        return display().rate();
    }

    private Money shown(List<CartView.Line> lines) {
        return lines.stream().map(line -> display().line(line.unitPrice(), line.quantity())).reduce(Money::plus).orElseThrow();
    }

    private ShopperPrices.Display display() {
        if (display == null) {
            display = prices.forCaller();
        }
        return display;
    }
}
