package dev.bazaar.storefront;

import java.io.Serializable;
import java.util.List;

import dev.bazaar.cart.application.CartView;
import dev.bazaar.cart.application.ShoppingCart;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.web.Outcome;
import dev.bazaar.web.PageMessages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The cart page: lines grouped by shop with subtotals, what changed since the shopper last looked,
 * quantities to change and lines to remove, and the way to checkout.
 */
@Named("cartPage")
@ViewScoped
public class CartPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ShoppingCart cart;

    @Inject
    CartNav cartNav;

    private CartView view;

    /** f:viewAction: shows the cart re-checked (on every visit, so changes are explained now). */
    public void load() {
        cartNav.settle();
        view = cart.show(cartNav.guestToken());
    }

    /** Sets the line's quantity to what its field (quantity-{line id}) says. */
    public void change(CartView.Line line) {
        String typed = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("quantity-" + line.id());
        outcome()
                .on(NumberFormatException.class, e -> PageMessages.error(Texts.text("cart.quantityWhole", line.productName())))
                .report(() -> {
                    int quantity = Integer.parseInt(typed == null ? "" : typed.strip());
                    view = cartNav.remember(cart.change(cartNav.guestToken(), line.id(), quantity));
                }, null);
    }

    public void remove(CartView.Line line) {
        outcome().report(() -> view = cartNav.remember(cart.remove(cartNav.guestToken(), line.id())),
                Texts.text("cart.removed", line.productName(), line.variantTitle()));
    }

    /** What stands in the way as sentences; a line gone meanwhile (in another tab) shows the cart as it is now. */
    private Outcome outcome() {
        return Texts.sentences(ProductPageView.CART_LABELS).on(NotFoundException.class, e -> load());
    }

    /** Every line of the cart, of every shop. */
    public List<CartView.Line> getLines() {
        return view.shops().stream().flatMap(shop -> shop.lines().stream()).toList();
    }

    public CartView getView() {
        return view;
    }
}
