package dev.bazaar.storefront;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import dev.bazaar.ordering.application.CustomerOrders;
import dev.bazaar.ordering.application.OrderView;
import dev.bazaar.ordering.application.VendorOrderView;
import dev.bazaar.ordering.domain.PaymentStatus;
import dev.bazaar.payment.application.CardSettings;
import dev.bazaar.payment.application.PaymentStart;
import dev.bazaar.payment.application.RefundView;
import dev.bazaar.web.PageMessages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The money side of a shopper's order page ({@code order.xhtml}): how to pay while the order awaits
 * its payment (the bank details, or Stripe's Payment Element with the intent's client secret), what
 * Stripe said when the shopper comes back from paying, and the order's refunds. Asked afresh on every
 * request, so a step taken on the page (a part cancelled) shows its effect on the payment at once.
 */
@Named("orderPayment")
@RequestScoped
public class OrderPaymentView {

    private static final String CARD = "CARD";

    @EJB
    CustomerOrders orders;

    @Inject
    CardSettings cards;

    @Inject
    ShopperTime time;

    @Inject
    OrderPageView page;

    private String returnedIntent;
    private String redirectStatus;
    private Optional<PaymentStart> start;
    private List<RefundView> refunds;

    /**
     * f:viewAction, before the order is loaded: back from Stripe ({@code ?payment_intent=…&redirect_status=…}),
     * the intent is read back first, so an order Stripe says is paid shows PAID at once whether or not
     * its webhook has arrived.
     */
    public void readBackFromStripe() {
        if (FacesContext.getCurrentInstance().isPostback() || !isReturnedFromStripe() || page.getNumber() == null) {
            return;
        }
        Texts.summary().attempt(() -> orders.payment(page.getNumber(), true)).ifPresent(answer -> start = answer);
    }

    /** "Try again" when Stripe could not be reached: the payment is started once more (the same intent if there is one). */
    public void tryAgain() {
        Texts.summary().attempt(() -> orders.payment(page.getOrder().number(), false)).ifPresent(answer -> {
            start = answer;
            if (isCardForm()) {
                PageMessages.info(Texts.text("order.cardReady"));
            }
        });
    }

    /** How the shopper goes on paying, while the order awaits its payment. */
    private Optional<PaymentStart> start() {
        OrderView order = page.getOrder();
        if (order == null || order.paymentStatus() != PaymentStatus.AWAITING) {
            return Optional.empty();
        }
        if (start == null) {
            start = orders.payment(order.number(), false);
        }
        return start;
    }

    /** What the payment method says to do (the bank transfer's details, or where the card payment stands); null for nothing. */
    public String getInstructions() {
        return PaymentSteps.instructions(start(), time);
    }

    /** The card form shows: a card order awaiting payment whose intent Stripe made. */
    public boolean isCardForm() {
        return PaymentSteps.cardForm(start());
    }

    /** A card order whose payment could not be started (Stripe did not answer): the shopper may try again. */
    public boolean isRetryable() {
        return PaymentSteps.retryable(start());
    }

    public String getClientSecret() {
        return start().map(PaymentStart::clientSecret).orElse(null);
    }

    public String getPublishableKey() {
        return start().map(PaymentStart::publishableKey).orElse(null);
    }

    /** Where Stripe.js is loaded from: Stripe's own, or the offline stand-in's. */
    public String getStripeJsUrl() {
        return cards.jsUrl();
    }

    /** Payments go to the offline stand-in: the page says that no real card is charged. */
    public boolean isStandIn() {
        return cards.standIn();
    }

    /** Where Stripe sends the shopper back after paying: this order's page, absolute, as the shopper reached it. */
    public String getReturnUrl() {
        return PaymentSteps.absolute("/order.xhtml?number="
                + URLEncoder.encode(page.getOrder().number(), StandardCharsets.UTF_8));
    }

    /** A card order that has been paid. */
    public boolean isPaidByCard() {
        OrderView order = page.getOrder();
        return order != null && CARD.equals(order.paymentMethod()) && order.paymentStatus() == PaymentStatus.PAID;
    }

    /** Back from Stripe with a success that Bazaar has not confirmed yet (Stripe has not said so to us either way). */
    public boolean isConfirming() {
        OrderView order = page.getOrder();
        return "succeeded".equals(redirectStatus) && order != null && order.paymentStatus() == PaymentStatus.AWAITING;
    }

    public boolean isReturnedFromStripe() {
        return returnedIntent != null || redirectStatus != null;
    }

    /** The order's refunds, oldest first. */
    public List<RefundView> getRefunds() {
        if (refunds == null) {
            OrderView order = page.getOrder();
            refunds = order == null ? List.of() : orders.refunds(order.number());
        }
        return refunds;
    }

    /** A refund's status as a shopper reads it. */
    public String refundStatus(RefundView refund) {
        String key = "refund." + refund.status();
        return Texts.has(key) ? Texts.text(key) : refund.status();
    }

    /** The shop whose part a refund is for, by the part's number. */
    public String shopOf(RefundView refund) {
        OrderView order = page.getOrder();
        return order == null ? "" : order.vendorOrders().stream().filter(part -> part.number().equals(refund.vendorOrderNumber()))
                .map(VendorOrderView::vendorName).findFirst().orElse("");
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
