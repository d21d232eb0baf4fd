package dev.bazaar.storefront;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.ordering.application.Checkout;
import dev.bazaar.ordering.application.CheckoutQuote;
import dev.bazaar.ordering.application.CheckoutRequest;
import dev.bazaar.ordering.application.GuestCheckout;
import dev.bazaar.ordering.application.GuestPlacedOrder;
import dev.bazaar.web.AddressForm;
import dev.bazaar.web.PageMessages;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Checkout as a guest ({@code guest-checkout.xhtml}): an e-mail address, where to ship, a coupon and
 * how to pay, for the guest cart in the visitor's cookie. The order is placed for the address's guest
 * identity; the page then opens the order's own page, whose link is also mailed. A signed-in shopper
 * is sent to the ordinary checkout.
 */
@Named("guestCheckoutPage")
@ViewScoped
public class GuestCheckoutPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    GuestCheckout guestCheckout;

    @EJB
    Checkout checkout;

    @Inject
    CartNav cartNav;

    @Inject
    SessionView visitor;

    private final String idempotencyKey = UUID.randomUUID().toString();
    private List<SelectItem> countries = List.of();
    private CheckoutQuote quote;
    private String email;
    private final AddressForm address = new AddressForm();
    private String couponCode;
    private String paymentMethod = "MANUAL";

    /** f:viewAction: a signed-in shopper checks out with their account; a guest gets the form. */
    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (visitor.isSignedIn()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/checkout.xhtml");
            return;
        }
        countries = checkout.deliveryCountries().stream()
                .map(code -> new SelectItem(code, new Locale("", code).getDisplayCountry(Texts.locale()))).toList();
    }

    /** Prices the cart once a country is chosen; what the address still lacks is not pointed out while it is typed. */
    public void reprice() {
        Texts.sentences(CheckoutPageView.LABELS).on(InvalidInputException.class, e -> {
                    if (e.fieldErrors().keySet().stream().noneMatch(f -> f.startsWith("shippingAddress"))) {
                        PageMessages.sentences(Texts.worded(e), CheckoutPageView.LABELS.inPageLanguage());
                    }
                })
                .after(ConflictException.class, e -> quote = null)
                .attempt(() -> guestCheckout.quote(cartNav.guestToken(), request()))
                .ifPresent(priced -> quote = priced);
    }

    public void place() throws IOException {
        Optional<GuestPlacedOrder> placed = Texts.sentences(CheckoutPageView.LABELS).after(ConflictException.class, e -> reprice())
                .attempt(() -> guestCheckout.place(cartNav.guestToken(), email, request(), idempotencyKey));
        if (placed.isPresent()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/guest-order.xhtml?token="
                    + URLEncoder.encode(placed.get().orderToken(), StandardCharsets.UTF_8) + "&placed=true");
        }
    }

    private CheckoutRequest request() {
        return new CheckoutRequest(null, address.toPostalAddress(), null, null, couponCode, paymentMethod, Texts.locale().getLanguage());
    }

    public List<CheckoutQuote.PaymentOption> getPaymentMethods() {
        return checkout.paymentMethods();
    }

    public boolean isCardOffered() {
        return getPaymentMethods().stream().anyMatch(m -> "CARD".equals(m.code()));
    }

    public List<SelectItem> getCountries() {
        return countries;
    }

    public CheckoutQuote getQuote() {
        return quote;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public AddressForm getAddress() {
        return address;
    }

    public String getCouponCode() {
        return couponCode;
    }

    public void setCouponCode(String couponCode) {
        this.couponCode = couponCode;
    }

    public String getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(String paymentMethod) {
        this.paymentMethod = paymentMethod;
    }
}
