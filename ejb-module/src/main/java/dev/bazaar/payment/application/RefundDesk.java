package dev.bazaar.payment.application;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.FieldProblems;
import dev.bazaar.kernel.IdempotencyKey;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Role;
import dev.bazaar.kernel.SecretTokens;
import dev.bazaar.payment.domain.CardPayment;
import dev.bazaar.payment.domain.CardPaymentStatus;
import dev.bazaar.payment.domain.CardPayments;
import dev.bazaar.payment.domain.Refund;
import dev.bazaar.payment.domain.RefundAllowance;
import dev.bazaar.payment.domain.Refunds;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Refunds of one shop's part of an order, whole or partial. The refund is recorded first, under the
 * group's row lock, so two refunds at once can never together exceed what remains; a card refund is
 * then asked of Stripe outside any transaction (its idempotency key names Bazaar's refund) and its
 * answer recorded. A bank-transfer order's refund is recorded as owed to the shopper until an admin
 * pays it out. Admins refund any paid part; a shop's owner and managers their own part once it was
 * returned or cancelled after payment. A card part cancelled after payment is refunded in full by the
 * cancellation itself ({@link #refundCancelled}): recorded in its transaction and sent once it commits.
 */
@Stateless
public class RefundDesk {

    private static final Logger LOG = Logger.getLogger(RefundDesk.class.getName());

    @Inject
    RefundableOrders orders;

    @Inject
    Refunds refunds;

    @Inject
    CardPayments payments;

    @Inject
    CardGateway gateway;

    @Inject
    RefundOutcomes outcomes;

    @Inject
    CallerScope callers;

    @Resource
    SessionContext context;

    @Inject
    Event<CardRefundRecorded> recorded;

    /** A card refund recorded in a transaction that also does something else: sent to Stripe once that transaction commits. */
    public record CardRefundRecorded(long refundId) {
    }

    /** What a recorded refund still needs from Stripe (nothing for a refund owed or replayed). */
    public record Recorded(RefundView refund, String intentId, boolean replayed) {
    }

    @RolesAllowed("PLATFORM_ADMIN")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Recorded refundAsAdmin(String orderNumber, RefundInput input, String idempotencyKey) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        return send(self().record(orderNumber, null, input, idempotencyKey));
    }

    @RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER"})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Recorded refundAsShop(String vendorOrderNumber, RefundInput input, String idempotencyKey) {
        long shop = callers.shop(Role.SHOP_MANAGERS, "Only the shop's owner and managers refund its orders");
        RefundInput forPart = new RefundInput(vendorOrderNumber, input.amountMinor(), input.currency(), input.reason());
        return send(self().record(null, shop, forPart, idempotencyKey));
    }

    /** An admin paid an owed refund out to the shopper (bank transfer), with the transfer's reference. */
    @RolesAllowed("PLATFORM_ADMIN")
    public RefundView paidOut(long refundId, String reference) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        String ref = FieldProblems.strip(reference);
        new FieldProblems().required("reference", ref, 200).throwIfAny();
        Refund refund = refunds.findForUpdate(refundId).orElseThrow(() -> new NotFoundException("No refund " + refundId));
        refund.paidOut(ref, Instant.now());
        outcomes.done(refund);
        return RefundView.of(refund);
    }


    /**
     * The transaction that decides: the part locked, the rules checked, the refund written. A shop
     * ({@code shopId}) sees only its own parts: another shop's is not found.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Recorded record(String orderNumber, Long shopId, RefundInput input, String idempotencyKey) {
        String requestedBy = callers.email();
        String requestHash = SecretTokens.hash(input.fingerprint());
        IdempotencyKey.check(idempotencyKey);
        if (idempotencyKey != null) {
            Optional<Refund> earlier = refunds.byRequestKey(requestedBy, idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash().equals(requestHash)) {
                    throw new InvalidInputException("Idempotency-Key", "was already used for a different refund; send a new key");
                }
                return new Recorded(RefundView.of(earlier.get()), null, true);
            }
        }
        String reason = FieldProblems.strip(input.reason());
        String partNumber = FieldProblems.strip(input.vendorOrderNumber());
        new FieldProblems()
                .required("vendorOrderNumber", partNumber, 24)
                .required("reason", reason, 500)
                .when(input.amountMinor() != null && input.amountMinor() <= 0, "amountMinor", "must be more than zero")
                .throwIfAny();
        RefundableOrders.Part part = orders.lockPart(partNumber)
                .filter(p -> orderNumber == null || p.orderNumber().equals(orderNumber.strip()))
                .filter(p -> shopId == null || p.vendorId() == shopId)
                .orElseThrow(() -> new NotFoundException("No part " + partNumber + (orderNumber == null ? " in your shop" : " in order " + orderNumber)));
        String currency = input.currency() == null ? part.total().currencyCode() : input.currency().strip().toUpperCase(Locale.ROOT);
        if (!currency.equals(part.total().currencyCode())) {
            throw new InvalidInputException("currency", "must be " + part.total().currencyCode() + ", the order's currency");
        }
        if (!part.paid()) {
            throw new ConflictException("paymentStatus", "of order " + part.orderNumber() + " is not paid: there is nothing to refund");
        }
        if (shopId != null && !part.givenBack()) {
            throw new ConflictException("status", "of part " + part.vendorOrderNumber()
                    + " does not allow a refund by the shop: it must be returned, or cancelled after payment");
        }
        Money amount = new RefundAllowance(part.vendorOrderNumber(), part.total(), refunds.countedAgainst(part.vendorOrderId()))
                .grant(input.amountMinor());
        boolean byCard = CardMethod.CODE.equals(part.paymentMethod());
        String intentId = null;
        if (byCard) {
            CardPayment payment = payments.ofGroup(part.orderGroupId())
                    .filter(p -> p.status() == CardPaymentStatus.SUCCEEDED)
                    .orElseThrow(() -> new ConflictException("paymentStatus", "of order " + part.orderNumber()
                            + " has no card payment that went through"));
            intentId = payment.intentId();
        }
        Refund refund = refunds.add(new Refund(new Refund.Request(part.orderGroupId(), part.vendorOrderId(),
                part.vendorOrderNumber(), part.vendorId(), part.paymentMethod(), amount, reason,
                requestedBy, idempotencyKey, requestHash), byCard, Instant.now()));
        return new Recorded(RefundView.of(refund), intentId, false);
    }

    /**
     * In the cancellation's transaction: a part paid by card and cancelled is refunded whatever earlier
     * refunds left of it, recorded here (under the group's lock, like any refund) by whoever cancelled
     * it, and sent to Stripe with its idempotency key once the cancellation commits. A part not paid by
     * card, or already refunded in full, is left alone (an admin settles a bank-transfer order by hand).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void refundCancelled(String vendorOrderNumber, String actor, String reason) {
        Optional<RefundableOrders.Part> found = orders.lockPart(vendorOrderNumber)
                .filter(p -> p.paid() && CardMethod.CODE.equals(p.paymentMethod()));
        Optional<CardPayment> payment = found.flatMap(p -> payments.ofGroup(p.orderGroupId()))
                .filter(p -> p.status() == CardPaymentStatus.SUCCEEDED);
        if (found.isEmpty() || payment.isEmpty()) {
            return;
        }
        RefundableOrders.Part part = found.get();
        long left = new RefundAllowance(part.vendorOrderNumber(), part.total(), refunds.countedAgainst(part.vendorOrderId())).remainingMinor();
        if (left <= 0) {
            return;
        }
        String cancelled = "Cancelled after payment: " + reason;
        String why = cancelled.length() <= 500 ? cancelled : cancelled.substring(0, 500);
        RefundInput input = new RefundInput(part.vendorOrderNumber(), left, part.total().currencyCode(), why);
        Refund refund = refunds.add(new Refund(new Refund.Request(part.orderGroupId(), part.vendorOrderId(), part.vendorOrderNumber(),
                part.vendorId(), part.paymentMethod(), Money.ofMinor(left, part.total().currencyCode()), why, actor, null,
                SecretTokens.hash(input.fingerprint())), true, Instant.now()));
        recorded.fire(new CardRefundRecorded(refund.id()));
    }

    /**
     * After the transaction that recorded the card refund committed, on a thread of its own: asks
     * Stripe as {@link #resendUnanswered} does (claimed first, so the reconciliation leaves it alone).
     * A server that stops first leaves it to the reconciliation, with the same key.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendRecorded(long refundId) {
        resendUnanswered(refundId, Instant.now());
    }

    /**
     * For {@link CardPaymentReconciliation}: claims a card refund Stripe never answered (unchanged
     * since before {@code before}) and asks Stripe again with the same idempotency key, so Stripe
     * refunds once however often asked, then records the answer. False when another server claimed it.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean resendUnanswered(long refundId, Instant before) {
        Optional<Recorded> claimed = self().claimUnanswered(refundId, before);
        claimed.ifPresent(this::send);
        return claimed.isPresent();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Recorded> claimUnanswered(long refundId, Instant before) {
        if (!refunds.claimUnsent(refundId, before, Instant.now())) {
            return Optional.empty();
        }
        Refund refund = refunds.find(refundId).orElseThrow();
        String intentId = payments.ofGroup(refund.orderGroupId()).map(CardPayment::intentId).orElseThrow();
        return Optional.of(new Recorded(RefundView.of(refund), intentId, false));
    }

    /** Card refunds Stripe never answered, unchanged since before {@code before}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> unanswered(Instant before, int max) {
        return refunds.unsentSince(before, max);
    }

    /** Stripe's answer to a refund, recorded in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RefundView settle(long refundId, CardGateway.RefundResult result, String failure) {
        Refund refund = refunds.findForUpdate(refundId).orElseThrow();
        Instant now = Instant.now();
        if (result == null) {
            if (refund.failed(failure, now)) {
                LOG.warning("Stripe refused refund " + refundId + " of part " + refund.vendorOrderNumber() + ": " + failure);
            }
        } else {
            outcomes.apply(refund, result.id(), result.status(), result.failureReason(), now);
        }
        return RefundView.of(refund);
    }

    /** Outside any transaction: asks Stripe for a recorded card refund, then records its answer. */
    private Recorded send(Recorded recorded) {
        if (recorded.replayed() || recorded.intentId() == null) {
            return recorded;
        }
        RefundView refund = recorded.refund();
        try {
            CardGateway.RefundResult result = gateway.refund(recorded.intentId(), refund.amount(),
                    Map.of("bazaar_refund_id", Long.toString(refund.id()), "vendor_order_number", refund.vendorOrderNumber()),
                    "bazaar-refund-" + refund.id());
            return new Recorded(self().settle(refund.id(), result, null), null, false);
        } catch (GatewayException e) {
            if (e.retryable()) {
                // Stripe may or may not have it: the refund stays PENDING and its webhook settles it
                LOG.log(Level.WARNING, "Refund " + refund.id() + " sent to Stripe without an answer: " + e.getMessage());
                return recorded;
            }
            return new Recorded(self().settle(refund.id(), null, e.getMessage()), null, false);
        }
    }

    private RefundDesk self() {
        return context.getBusinessObject(RefundDesk.class);
    }
}
