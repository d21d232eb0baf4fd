package dev.bazaar.storefront;

import java.util.List;

import dev.bazaar.cart.application.CartView;
import dev.bazaar.cart.application.ShoppingCart;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The cart as every page's header knows it: the guest cart's token lives in an HttpOnly cookie (the
 * cart itself in the database), the mini-cart shows how many items it holds, and the first page a
 * shopper sees after signing in takes their guest cart into their own cart and says what changed.
 * Pages that read the cart in their view action ({@link #settle}) have it merged before they read it,
 * not only once the header renders.
 */
@Named("cartNav")
@RequestScoped
public class CartNav {

    static final String COOKIE = "bazaar_cart";
    private static final int COOKIE_DAYS = 30;

    @EJB
    ShoppingCart cart;

    @Inject
    SessionView visitor;

    private Integer itemCount;
    private boolean settled;
    private List<String> mergeNotes = List.of();

    public int getItemCount() {
        if (itemCount == null) {
            settle();
            itemCount = cart.itemCount(guestToken());
        }
        return itemCount;
    }

    /**
     * Takes the guest cart into the customer's once they have signed in (at most once a request). A page
     * that shows the cart calls this before reading it: checkout's view action runs before the header
     * renders, and would otherwise read the customer's cart without the guest's lines.
     */
    public void settle() {
        if (!settled) {
            settled = true;
            mergeGuestCartAfterSignIn();
        }
    }

    /** What the merge after sign-in could not take over as it was (shown once, under the header). */
    public List<String> getMergeNotes() {
        settle();
        return mergeNotes;
    }

    /** The guest cart's token, or null (signed-in shoppers' carts need none). */
    String guestToken() {
        Cookie[] cookies = request().getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** After an answer of the cart service: a newly issued guest token is kept in the cookie. */
    CartView remember(CartView view) {
        if (view.guestToken() != null) {
            setCookie(view.guestToken(), COOKIE_DAYS * 24 * 3600);
        }
        itemCount = view.itemCount();
        return view;
    }

    private void mergeGuestCartAfterSignIn() {
        String token = guestToken();
        if (token != null && visitor.isSignedIn()) {
            mergeNotes = cart.mergeGuestCart(token).notices();
            setCookie("", 0);
        }
    }

    private void setCookie(String value, int maxAgeSeconds) {
        HttpServletRequest request = request();
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(maxAgeSeconds);
        cookie.setAttribute("SameSite", "Lax");
        ((HttpServletResponse) external().getResponse()).addCookie(cookie);
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) external().getRequest();
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
