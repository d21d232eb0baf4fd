package dev.bazaar.storefront;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.ordering.application.GuestOrders;
import dev.bazaar.ordering.application.OrderView;
import dev.bazaar.ordering.application.VendorOrderView;
import dev.bazaar.ordering.domain.PaymentStatus;
import dev.bazaar.payment.application.CardSettings;
import dev.bazaar.payment.application.PaymentStart;
import dev.bazaar.web.PageMessages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A guest's order ({@code guest-order.xhtml?token=}), opened by the link mailed at checkout: each
 * shop's part and its status, the deadline and way to pay (bank details, or Stripe's card form), and
 * what Stripe said when the guest comes back from paying; each part can be cancelled before it ships
 * or returned after delivery, as on a customer's order page. A token that opens no order is a 404.
 */
@Named("guestOrder")
@ViewScoped
public class GuestOrderPageView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String CARD = "CARD";

    @EJB
    GuestOrders orders;

    @Inject
    CardSettings cards;

    @Inject
    ShopperTime time;

    private String token;
    private boolean placed;
    private String returnedIntent;
    private String redirectStatus;
    private OrderView order;
    private transient Optional<PaymentStart> start;
    private String returnReason;

    /** f:viewAction: back from Stripe, the intent is read back first, then the order is loaded. */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (isReturnedFromStripe()) {
                start = orders.payment(token, true);
            }
            order = orders.show(token);
        } catch (NotFoundException e) {
            order = null;
            faces.getExternalContext().setResponseStatus(404);
        }
    }

    /** "Try again" when Stripe could not be reached: the payment is started once more. */
    public void tryAgain() {
        Texts.summary().attempt(() -> orders.payment(token, false)).ifPresent(answer -> {
            start = answer;
            if (isCardForm()) {
                PageMessages.info(Texts.text("order.cardReady"));
            }
        });
    }

    public void cancel(VendorOrderView part) {
        act(() -> orders.cancel(token, part.number(), null), Texts.text("order.cancelled", part.number()));
    }

    public void requestReturn(VendorOrderView part) {
        act(() -> orders.requestReturn(token, part.number(), returnReason),
                Texts.text("order.returnAsked", part.vendorName(), part.number()));
        returnReason = null;
    }

    /** Runs a step on the order; a step its status no longer allows shows the order as it is now. */
    private void act(Supplier<OrderView> action, String done) {
        Texts.sentences(OrderPageView.LABELS).after(ConflictException.class, e -> order = orders.show(token))
                .report(() -> {
                    order = action.get();
                    start = null;
                }, done);
    }

    private Optional<PaymentStart> start() {
        if (order == null || order.paymentStatus() != PaymentStatus.AWAITING) {
            return Optional.empty();
        }
        if (start == null) {
            start = orders.payment(token, false);
        }
        return start;
    }

    public String getInstructions() {
        return PaymentSteps.instructions(start(), time);
    }

    public boolean isCardForm() {
        return PaymentSteps.cardForm(start());
    }

    public boolean isRetryable() {
        return PaymentSteps.retryable(start());
    }

    public String getClientSecret() {
        return start().map(PaymentStart::clientSecret).orElse(null);
    }

    public String getPublishableKey() {
        return start().map(PaymentStart::publishableKey).orElse(null);
    }

    public String getStripeJsUrl() {
        return cards.jsUrl();
    }

    public boolean isStandIn() {
        return cards.standIn();
    }

    /** Where Stripe sends the guest back after paying: this page, absolute, as the guest reached it. */
    public String getReturnUrl() {
        return PaymentSteps.absolute("/guest-order.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    public boolean isPaidByCard() {
        return order != null && CARD.equals(order.paymentMethod()) && order.paymentStatus() == PaymentStatus.PAID;
    }

    public boolean isConfirming() {
        return "succeeded".equals(redirectStatus) && order != null && order.paymentStatus() == PaymentStatus.AWAITING;
    }

    public boolean isReturnedFromStripe() {
        return returnedIntent != null || redirectStatus != null;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }

    public OrderView getOrder() {
        return order;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isPlaced() {
        return placed;
    }

    public void setPlaced(boolean placed) {
        this.placed = placed;
    }

    public String getReturnedIntent() {
        return returnedIntent;
    }

    public void setReturnedIntent(String returnedIntent) {
        this.returnedIntent = returnedIntent;
    }

    public String getRedirectStatus() {
        return redirectStatus;
    }

    public void setRedirectStatus(String redirectStatus) {
        this.redirectStatus = redirectStatus;
    }
}
