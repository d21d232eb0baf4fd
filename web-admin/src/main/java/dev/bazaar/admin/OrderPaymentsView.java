package dev.bazaar.admin;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;
import dev.bazaar.ordering.application.OrderView;
import dev.bazaar.ordering.application.VendorOrderView;
import dev.bazaar.ordering.domain.VendorOrderStatus;
import dev.bazaar.payment.application.DisputeView;
import dev.bazaar.payment.application.PaymentAdministration;
import dev.bazaar.payment.application.PaymentAdministration.GroupPayments;
import dev.bazaar.payment.application.PaymentView;
import dev.bazaar.payment.application.RefundDesk;
import dev.bazaar.payment.application.RefundInput;
import dev.bazaar.payment.application.RefundView;
import dev.bazaar.web.Outcome;
import dev.bazaar.web.PageMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The money of an order in the back office, beside {@link OrderDeskView}. Admins see the whole
 * checkout's card payment (Stripe's intent and last error), its refunds and disputes; they refund any
 * paid part and record the bank transfer of an owed refund. A shop's owner and managers refund their
 * own part once it came back or was cancelled after payment. Each refund form carries an
 * Idempotency-Key made with the page and renewed once a refund is recorded, so a double click or a
 * resent form refunds once.
 */
@Named("orderPayments")
@ViewScoped
public class OrderPaymentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> LABELS = Map.of("vendorOrderNumber", "The part", "amountMinor", "The amount",
            "currency", "The currency", "reason", "The reason", "paymentStatus", "The payment", "status", "The status",
            "reference", "The transfer's reference", "Idempotency-Key", "This refund form");
    private static final Outcome OUTCOME = Outcome.sentences(LABELS);

    @EJB
    PaymentAdministration payments;

    @EJB
    RefundDesk refunds;

    @Inject
    OrderDeskView desk;

    @Inject
    Formats fmt;

    private GroupPayments group;
    private String idempotencyKey = newKey();
    private String part;
    private String amount;
    private String reason;
    private final Map<Long, String> references = new HashMap<>();

    // ---- refunds

    /** An admin refunds the chosen part of the order, all that remains when no amount is given. */
    public void refund() {
        OrderView order = desk.getOrder();
        refunded(() -> refunds.refundAsAdmin(order.number(),
                new RefundInput(part, minorUnits(order.currency()), null, reason), idempotencyKey), false);
    }

    /** A shop's owner or manager refunds the shop's own part. */
    public void refundOwnPart() {
        VendorOrderView own = desk.getPart();
        refunded(() -> refunds.refundAsShop(own.number(),
                new RefundInput(own.number(), minorUnits(own.total().currencyCode()), null, reason), idempotencyKey), true);
    }

    private void refunded(Supplier<RefundDesk.Recorded> action, boolean byShop) {
        OUTCOME.attempt(action).ifPresent(recorded -> {
            tell(recorded, byShop);
            idempotencyKey = newKey();
            amount = null;
            reason = null;
            group = null;
            desk.load();
        });
    }

    /** The amount typed, in minor units of the order's currency; null (empty field) refunds all that remains. */
    private Long minorUnits(String currency) {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        try {
            return Money.parse(amount, currency).amountMinor();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("amountMinor", "is not an amount in " + currency + " (" + e.getMessage() + ")");
        }
    }

    private void tell(RefundDesk.Recorded recorded, boolean byShop) {
        RefundView refund = recorded.refund();
        String what = fmt.money(refund.amount()) + " of " + refund.vendorOrderNumber();
        if (recorded.replayed()) {
            PageMessages.info("That refund of " + what + " was already recorded (" + refund.status() + "); nothing more was refunded.");
            return;
        }
        switch (refund.status()) {
            case "SUCCEEDED" -> PageMessages.info("Refunded " + what + " to the customer's card.");
            case "PENDING" -> PageMessages.info("Refund of " + what + " sent to Stripe: it shows as SUCCEEDED once Stripe confirms it.");
            case "OWED" -> PageMessages.info("Refund of " + what + " recorded: it is owed to the customer, "
                    + (byShop ? "and Bazaar pays it out by bank transfer." : "to be paid out by bank transfer and marked paid out here."));
            case "FAILED" -> PageMessages.error("Stripe refused the refund of " + what + ": " + refund.failureMessage());
            default -> PageMessages.info("Refund of " + what + ": " + refund.status() + ".");
        }
    }

    /** An admin records the bank transfer that paid an owed refund out, with its reference. */
    public void markPaidOut(RefundView refund) {
        String reference = references.get(refund.id());
        if (OUTCOME.report(() -> refunds.paidOut(refund.id(), reference),
                "Refund of " + fmt.money(refund.amount()) + " of " + refund.vendorOrderNumber() + " marked paid out.")) {
            references.remove(refund.id());
            group = null;
        }
    }

    // ---- what the admin page shows

    /** The order group's card payment, refunds and disputes (admins only). */
    public GroupPayments getGroup() {
        OrderView order = desk.getOrder();
        if (group == null && desk.isAdmin() && order != null) {
            group = payments.ofGroup(order.id());
        }
        return group;
    }

    /** The card payment, or null for an order paid another way. */
    public PaymentView getCard() {
        GroupPayments payments = getGroup();
        return payments == null ? null : payments.card().orElse(null);
    }

    public List<RefundView> getRefunds() {
        GroupPayments payments = getGroup();
        return payments == null ? List.of() : payments.refunds();
    }

    public List<DisputeView> getDisputes() {
        GroupPayments payments = getGroup();
        return payments == null ? List.of() : payments.disputes();
    }

    /** The cardholder's bank disputed the order's charge: the flag stays, the dispute's status says how it stands. */
    public boolean isDisputed() {
        return !getDisputes().isEmpty();
    }

    /** A dispute is still open: it needs an answer. */
    public boolean isDisputeOpen() {
        return getDisputes().stream().anyMatch(DisputeView::open);
    }

    /** The parts an admin may refund: those that were paid. */
    public List<VendorOrderView> getPaidParts() {
        return desk.getParts().stream().filter(OrderPaymentsView::wasPaid).toList();
    }

    /** How a payment method reads in the back office. */
    public String method(String code) {
        return switch (code == null ? "" : code) {
            case "CARD" -> "Card, through Stripe";
            case "MANUAL" -> "Bank transfer or cash on delivery";
            default -> code;
        };
    }

    // ---- what a shop's page shows

    /** The shop's owner or a manager may refund its part: it came back, or was cancelled after it was paid. */
    public boolean isOwnPartRefundable() {
        VendorOrderView own = desk.getPart();
        return own != null && desk.isManager() && (own.status() == VendorOrderStatus.RETURNED
                || (own.status() == VendorOrderStatus.CANCELLED && wasPaid(own)));
    }

    private static boolean wasPaid(VendorOrderView part) {
        return part.history().stream().anyMatch(step -> step.to() == VendorOrderStatus.PAID);
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getPart() {
        return part;
    }

    public void setPart(String part) {
        this.part = part;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** Each owed refund's transfer reference as typed, by refund id. */
    public Map<Long, String> getReferences() {
        return references;
    }
}
