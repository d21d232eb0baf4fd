package dev.bazaar.storefront;

import java.io.Serializable;

import dev.bazaar.cart.application.CartView;
import dev.bazaar.cart.application.ShoppingCart;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.NotFoundException;
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
        view = cart.show(cartNav.guestToken());
    }

    /** Sets the line's quantity to what its field (quantity-{line id}) says. */
    public void change(CartView.Line line) {
        String typed = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("quantity-" + line.id());
        int quantity;
        try {
            quantity = Integer.parseInt(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            FieldMessages.error("The quantity of " + line.productName() + " is a whole number from 1 to 999.");
            return;
        }
        try {
            view = cartNav.remember(cart.change(cartNav.guestToken(), line.id(), quantity));
        } catch (InvalidInputException | ConflictException e) {
            FieldMessages.sentences(e.fieldErrors(), ProductPageView.CART_LABELS);
        } catch (NotFoundException e) {
            load();
        }
    }

    public void remove(CartView.Line line) {
        try {
            view = cartNav.remember(cart.remove(cartNav.guestToken(), line.id()));
            FieldMessages.info(line.productName() + " (" + line.variantTitle() + ") is out of your cart.");
        } catch (NotFoundException e) {
            load();
        }
    }

    public CartView getView() {
        return view;
    }
}
