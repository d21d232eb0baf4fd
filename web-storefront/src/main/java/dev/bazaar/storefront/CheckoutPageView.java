package dev.bazaar.storefront;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.bazaar.identity.application.AccountView;
import dev.bazaar.identity.application.Accounts;
import dev.bazaar.identity.application.AddressBook;
import dev.bazaar.identity.application.AddressView;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.PostalAddress;
import dev.bazaar.ordering.application.Checkout;
import dev.bazaar.ordering.application.CheckoutQuote;
import dev.bazaar.ordering.application.CheckoutRequest;
import dev.bazaar.ordering.application.PlacedOrder;
import dev.bazaar.web.AddressForm;
import dev.bazaar.web.PageMessages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Checkout: where to ship (an address from the book or a new one), where to bill, a coupon, how to
 * pay, and the order summary, re-priced whenever a choice changes. The page's Idempotency-Key is
 * made when the page opens, so a double click on "Place order" places one order.
 */
@Named("checkoutPage")
@ViewScoped
public class CheckoutPageView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String NEW = "new";
    static final String SAME = "same";
    /** The checkout's fields, the guest checkout's (its e-mail address) included. */
    static final FieldLabels LABELS = FieldLabels.of("checkout", "shippingAddress", "shippingAddressId", "shippingAddress.recipient",
            "shippingAddress.line1", "shippingAddress.line2", "shippingAddress.city", "shippingAddress.region",
            "shippingAddress.postalCode", "shippingAddress.country", "shippingAddress.phone", "billingAddressId", "couponCode",
            "paymentMethod", "cart", "stock", "Idempotency-Key", "email");

    @EJB
    Checkout checkout;

    @EJB
    AddressBook addressBook;

    @EJB
    Accounts accounts;

    @Inject
    CartNav cartNav;

    private final String idempotencyKey = UUID.randomUUID().toString();
    private List<AddressView> addresses = List.of();
    private List<SelectItem> countries = List.of();
    private CheckoutQuote quote;
    private String shippingChoice;
    private String billingChoice = SAME;
    private final AddressForm address = new AddressForm();
    private String couponCode;
    private String paymentMethod = "MANUAL";

    /** f:viewAction: the address book (default shipping address chosen), then the first summary. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        cartNav.settle(); // straight after sign-in, the guest cart joins the customer's before it is priced
        AccountView me = accounts.current();
        addresses = addressBook.list(me.id());
        shippingChoice = addresses.stream().filter(AddressView::defaultShipping).findFirst()
                .or(() -> addresses.stream().findFirst()).map(a -> String.valueOf(a.id())).orElse(NEW);
        address.setRecipient(me.name());
        countries = checkout.deliveryCountries().stream()
                .map(code -> new SelectItem(code, new Locale("", code).getDisplayCountry(Texts.locale()))).toList();
        reprice();
    }

    /** Prices the current choices; problems (a missing address, a coupon that does not apply) are shown, not thrown. */
    public void reprice() {
        Texts.sentences(LABELS).on(InvalidInputException.class, this::notPriced)
                .after(ConflictException.class, e -> quote = null)
                .attempt(() -> checkout.quote(request()))
                .ifPresent(priced -> quote = priced);
    }

    /** A new address being typed keeps the last summary, and what it still lacks is not pointed out yet. */
    private void notPriced(InvalidInputException e) {
        boolean typing = NEW.equals(shippingChoice);
        quote = typing ? quote : null;
        if (!typing || e.fieldErrors().keySet().stream().noneMatch(f -> f.startsWith("shippingAddress"))) {
            PageMessages.sentences(Texts.worded(e), LABELS.inPageLanguage());
        }
    }

    public void place() throws IOException {
        Optional<PlacedOrder> placed = Texts.sentences(LABELS).after(ConflictException.class, e -> reprice())
                .attempt(() -> checkout.place(request(), idempotencyKey));
        if (placed.isPresent()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/order.xhtml?number=" + placed.get().order().number() + "&placed=true");
        }
    }

    private CheckoutRequest request() {
        boolean newAddress = NEW.equals(shippingChoice);
        Long shippingId = newAddress ? null : Long.valueOf(shippingChoice);
        PostalAddress shipping = newAddress ? address.toPostalAddress() : null;
        Long billingId = billingChoice == null || SAME.equals(billingChoice) ? null : Long.valueOf(billingChoice);
        return new CheckoutRequest(shippingId, shipping, billingId, null, couponCode, paymentMethod, Texts.locale().getLanguage());
    }

    public boolean isNewAddress() {
        return NEW.equals(shippingChoice);
    }

    public List<CheckoutQuote.PaymentOption> getPaymentMethods() {
        return checkout.paymentMethods();
    }

    /** Cards are offered now (Stripe's keys are configured): the page says where the card is asked for. */
    public boolean isCardOffered() {
        return getPaymentMethods().stream().anyMatch(m -> "CARD".equals(m.code()));
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public List<AddressView> getAddresses() {
        return addresses;
    }

    public List<SelectItem> getCountries() {
        return countries;
    }

    public CheckoutQuote getQuote() {
        return quote;
    }

    public String getShippingChoice() {
        return shippingChoice;
    }

    public void setShippingChoice(String shippingChoice) {
        this.shippingChoice = shippingChoice;
    }

    public String getBillingChoice() {
        return billingChoice;
    }

    public void setBillingChoice(String billingChoice) {
        this.billingChoice = billingChoice;
    }

    /** The new address, when the shopper ships to one. */
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
