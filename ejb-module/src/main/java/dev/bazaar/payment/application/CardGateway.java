package dev.bazaar.payment.application;

import java.util.Map;

import dev.bazaar.kernel.Money;
import jakarta.json.JsonObject;

/**
 * What Bazaar asks of the card processor (Stripe), in Bazaar's words. The infrastructure implements it
 * with stripe-java; every creating call carries an idempotency key, so a retry never makes a second
 * object.
 */
public interface CardGateway {

    /** A PaymentIntent as Bazaar needs it. {@code errorCode}/{@code errorMessage}: the last payment error, if any. */
    record Intent(String id, String status, Money amount, String clientSecret, String latestCharge, String errorCode,
                  String errorMessage, Map<String, String> metadata) {
    }

    /** What to charge: the group's total, grouped for later transfers to the shops by {@code transferGroup}. */
    record IntentRequest(Money amount, String transferGroup, String description, String receiptEmail,
                         Map<String, String> metadata) {
    }

    /** A verified Stripe event: its id, type and the object it is about. */
    record Event(String id, String type, JsonObject object) {
    }

    Intent createIntent(IntentRequest request, String idempotencyKey) throws GatewayException;

    Intent retrieveIntent(String intentId) throws GatewayException;

    Intent cancelIntent(String intentId, String idempotencyKey) throws GatewayException;

    /** A refund at Stripe: its id and status (pending, succeeded, failed, canceled) and why it failed. */
    record RefundResult(String id, String status, String failureReason) {
    }

    /** Refunds {@code amount} of the intent's charge; the metadata names Bazaar's refund. */
    RefundResult refund(String intentId, Money amount, Map<String, String> metadata, String idempotencyKey) throws GatewayException;

    /** A shop's connected (Express) account as Stripe reports it. */
    record Account(String id, boolean detailsSubmitted, boolean chargesEnabled, boolean payoutsEnabled, int requirementsDue,
                   String disabledReason) {
    }

    /** What a shop's connected account is made from: its country, contact and name, and Bazaar's shop id in the metadata. */
    record AccountRequest(String country, String email, String businessName, Map<String, String> metadata) {
    }

    /** Makes an Express account able to receive transfers. */
    Account createAccount(AccountRequest request, String idempotencyKey) throws GatewayException;

    /** The account as Stripe has it now. */
    Account retrieveAccount(String accountId) throws GatewayException;

    /**
     * A one-time link to Stripe's hosted onboarding for the account; Stripe sends the owner to
     * {@code returnUrl} when they are done and to {@code refreshUrl} when the link has expired.
     */
    String onboardingLink(String accountId, String refreshUrl, String returnUrl) throws GatewayException;

    /** Money to send from the platform's balance to a shop's connected account. */
    record TransferRequest(Money amount, String destination, String sourceCharge, String transferGroup, String description,
                           Map<String, String> metadata) {
    }

    /** Sends a Transfer to the connected account; answers Stripe's transfer id. */
    String transfer(TransferRequest request, String idempotencyKey) throws GatewayException;

    /** Takes {@code amount} of a transfer back from the connected account (a TransferReversal); answers its id. */
    String reverseTransfer(String transferId, Money amount, Map<String, String> metadata, String idempotencyKey) throws GatewayException;

    /**
     * The event in {@code payload} if {@code signatureHeader} proves Stripe sent it (HMAC with the
     * signing secret, at most five minutes old); otherwise {@link InvalidSignatureException}.
     */
    Event verify(String payload, String signatureHeader) throws InvalidSignatureException;
}
