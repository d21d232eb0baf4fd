package dev.bazaar.ordering.application;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.bazaar.cart.application.CartCheckout;
import dev.bazaar.kernel.EmailAddress;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.SecretTokens;
import dev.bazaar.notification.application.MailOutbox;
import dev.bazaar.ordering.domain.Buyer;
import dev.bazaar.ordering.domain.Guests;
import dev.bazaar.ordering.domain.Orders;
import dev.bazaar.payment.application.PaymentMethods;
import dev.bazaar.payment.application.PaymentStart;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Checkout without an account: the guest cart (named by its token) is priced and placed like a
 * customer's, for an e-mail address and an address typed in. The order belongs to the address's guest
 * identity; in the same transaction a link to the order (a new random token, stored only as its
 * SHA-256, working for {@code bazaar.orders.guest-link-days}) is mailed through the outbox. Bad input
 * writes nothing: the guest identity, the order and the mail roll back together.
 */
@Stateless
@PermitAll
public class GuestCheckout {

    @Inject
    OrderPlacement placement;

    @Inject
    Orders orders;

    @Inject
    Guests guests;

    @Inject
    PaymentMethods payments;

    @Inject
    GuestOrderMails mails;

    @EJB
    MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "bazaar.orders.guest-link-days", defaultValue = "90")
    long linkDays;

    @Resource
    SessionContext context;

    /** The order summary for the guest cart and these choices (the e-mail address is not needed yet). */
    public CheckoutQuote quote(String cartToken, CheckoutRequest request) {
        // no identity yet (the address may still change): no guest has used a coupon as this one
        OrderPlacement.Purchaser guest = new OrderPlacement.Purchaser(Buyer.guest(-1), null, null, CartCheckout.Owner.guest(cartToken));
        return Checkout.summary(placement.price(guest, request, false), payments.available().stream()
                .map(m -> new CheckoutQuote.PaymentOption(m.code(), m.label())).toList());
    }

    /**
     * Places the guest's order; the same Idempotency-Key, address and request answer the same order again.
     * As in {@link Checkout#place}, the card method reaches Stripe only after the order has committed.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public GuestPlacedOrder place(String cartToken, String email, CheckoutRequest request, String idempotencyKey) {
        Placed placed = context.getBusinessObject(GuestCheckout.class).placeInTransaction(cartToken, email, request, idempotencyKey);
        PaymentStart payment = payments.chosen(placed.order().payment().method())
                .afterCommit(placed.order().paymentRequest(), placed.order().payment());
        return new GuestPlacedOrder(placed.order().order(), payment, placed.order().replayed(), placed.token(), placed.expires());
    }

    /** An order placed in the transaction, and its link's token. */
    public record Placed(PlacedOrder order, String token, Instant expires) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Placed placeInTransaction(String cartToken, String email, CheckoutRequest request, String idempotencyKey) {
        String problem = EmailAddress.problem(email);
        if (problem != null) {
            throw new InvalidInputException("email", problem);
        }
        String address = new EmailAddress(email).value();
        Instant now = Instant.now();
        String recipient = request.shippingAddress() == null ? null : request.shippingAddress().recipient();
        OrderPlacement.Purchaser guest = new OrderPlacement.Purchaser(Buyer.guest(guests.identityOf(address, now)), address,
                recipient, CartCheckout.Owner.guest(cartToken));
        PlacedOrder placed = Checkout.placeOnce(placement, orders, payments, guest, request, address + "|" + request.fingerprint(),
                idempotencyKey);
        String token = SecretTokens.newToken();
        Instant expires = now.plus(Duration.ofDays(linkDays));
        guests.issueLink(placed.order().id(), SecretTokens.hash(token), now, expires);
        if (!placed.replayed()) {
            outbox.queue(mails.orderLink(placed.order(), token, expires));
        }
        return new Placed(placed, token, expires);
    }
}
