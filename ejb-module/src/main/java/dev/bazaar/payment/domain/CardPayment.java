package dev.bazaar.payment.domain;

import java.time.Instant;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An order group's payment by card: one Stripe PaymentIntent for the group's total. Stripe decides
 * the outcome; this follows it, whatever order the news arrives in: once succeeded, a late failure
 * or cancellation changes nothing, and the same news twice changes nothing the second time.
 */
@Entity
@Table(name = "card_payment")
public class CardPayment {

    /** What a payment error tells the shopper, at most. */
    public static final int MAX_ERROR_MESSAGE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_group_id", nullable = false, updatable = false)
    private long orderGroupId;

    @Column(name = "order_number", nullable = false, updatable = false)
    private String orderNumber;

    @Column(name = "customer_email", nullable = false, updatable = false)
    private String customerEmail;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CardPaymentStatus status;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Column(name = "intent_id")
    private String intentId;

    @Column(name = "client_secret")
    private String clientSecret;

    @Column(name = "charge_id")
    private String chargeId;

    @Column(name = "last_error_code")
    private String lastErrorCode;

    @Column(name = "last_error_message")
    private String lastErrorMessage;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "succeeded_at")
    private Instant succeededAt;

    protected CardPayment() {
        // for JPA
    }

    /**
     * A payment for an order group just placed. Its Stripe idempotency key is derived from the order
     * number, so however often the intent is asked for, Stripe makes one.
     */
    public CardPayment(long orderGroupId, String orderNumber, String customerEmail, Money amount, Instant now) {
        if (amount.amountMinor() <= 0) {
            throw new IllegalArgumentException("a card payment is for more than nothing: " + amount);
        }
        this.orderGroupId = orderGroupId;
        this.orderNumber = orderNumber;
        this.customerEmail = customerEmail;
        this.amountMinor = amount.amountMinor();
        this.currency = amount.currencyCode();
        this.status = CardPaymentStatus.AWAITING_INTENT;
        this.idempotencyKey = idempotencyKeyFor(orderNumber);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The key every request to create this order's intent carries, so Stripe makes one intent however often asked. */
    public static String idempotencyKeyFor(String orderNumber) {
        return "bazaar-payment-" + orderNumber;
    }

    /** Stripe made the intent: the shopper can now pay with the client secret. */
    public void intentCreated(String newIntentId, String newClientSecret, Instant now) {
        if (intentId != null && !intentId.equals(newIntentId)) {
            throw new ConflictException("intent", "payment " + orderNumber + " already has intent " + intentId);
        }
        intentId = newIntentId;
        clientSecret = newClientSecret;
        if (status == CardPaymentStatus.AWAITING_INTENT) {
            status = CardPaymentStatus.REQUIRES_PAYMENT_METHOD;
        }
        updatedAt = now;
    }

    /** Stripe could not be asked (down, slow, refused): the order stays payable and says why. */
    public void couldNotStart(String code, String message, Instant now) {
        if (status == CardPaymentStatus.AWAITING_INTENT) {
            recordError(code, message);
            updatedAt = now;
        }
    }

    /** The money arrived. Returns whether this is news (false when it was already known). */
    public boolean succeeded(String newChargeId, Instant at) {
        if (status == CardPaymentStatus.SUCCEEDED) {
            return false;
        }
        status = CardPaymentStatus.SUCCEEDED;
        chargeId = newChargeId;
        succeededAt = at;
        lastErrorCode = null;
        lastErrorMessage = null;
        updatedAt = at;
        return true;
    }

    /** Stripe is still working on it (some methods take a while). */
    public void processing(Instant now) {
        if (!status.settled()) {
            status = CardPaymentStatus.PROCESSING;
            updatedAt = now;
        }
    }

    /**
     * The attempt failed (declined, insufficient funds ...): the shopper may try again. Returns
     * whether this is news: a failure reported after the payment succeeded, or the same failure again,
     * changes nothing.
     */
    public boolean failed(String code, String message, Instant now) {
        if (status.settled()) {
            return false;
        }
        boolean news = status != CardPaymentStatus.REQUIRES_PAYMENT_METHOD || !same(code, lastErrorCode)
                || !same(message, lastErrorMessage);
        status = CardPaymentStatus.REQUIRES_PAYMENT_METHOD;
        recordError(code, message);
        updatedAt = now;
        return news;
    }

    /** The intent was cancelled (the order expired or was cancelled). Returns whether this is news. */
    public boolean canceled(Instant now) {
        if (status.settled()) {
            return false;
        }
        status = CardPaymentStatus.CANCELED;
        updatedAt = now;
        return true;
    }

    private void recordError(String code, String message) {
        lastErrorCode = code == null ? null : code.substring(0, Math.min(code.length(), 100));
        lastErrorMessage = message == null ? null : message.substring(0, Math.min(message.length(), MAX_ERROR_MESSAGE));
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    public Long id() {
        return id;
    }

    public long orderGroupId() {
        return orderGroupId;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public String customerEmail() {
        return customerEmail;
    }

    public Money amount() {
        return Money.ofMinor(amountMinor, currency);
    }

    public CardPaymentStatus status() {
        return status;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String intentId() {
        return intentId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public String chargeId() {
        return chargeId;
    }

    public String lastErrorCode() {
        return lastErrorCode;
    }

    public String lastErrorMessage() {
        return lastErrorMessage;
    }

    public Instant succeededAt() {
        return succeededAt;
    }
}
