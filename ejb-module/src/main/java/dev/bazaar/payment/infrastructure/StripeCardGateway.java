package dev.bazaar.payment.infrastructure;

import java.io.StringReader;
import java.util.Locale;
import java.util.Map;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.CardException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.TransferCreateParams;
import com.stripe.param.TransferReversalCreateParams;
import dev.bazaar.kernel.Money;
import dev.bazaar.payment.application.CardGateway;
import dev.bazaar.payment.application.CardSettings;
import dev.bazaar.payment.application.GatewayException;
import dev.bazaar.payment.application.InvalidSignatureException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;

/**
 * Stripe through stripe-java's {@link StripeClient}, one per application, pointed at
 * {@code bazaar.stripe.api-base} (Stripe itself, or the local stand-in). Connections time out after
 * 5 s and answers after {@code bazaar.stripe.read-timeout-ms} (10 s); the client retries a network
 * failure once, with the same idempotency key.
 */
@ApplicationScoped
public class StripeCardGateway implements CardGateway {

    /** Stripe's own tolerance: a signature older than five minutes is refused. */
    static final long TOLERANCE_SECONDS = 300;

    static final String SIGNATURE = "Stripe-Signature";

    @Inject
    CardSettings settings;

    private StripeClient client;

    @PostConstruct
    void connect() {
        if (settings.configured()) {
            client = StripeClient.builder()
                    .setApiKey(settings.secretKey())
                    .setApiBase(settings.apiBase())
                    .setConnectTimeout(5_000)
                    .setReadTimeout(settings.readTimeoutMillis())
                    .setMaxNetworkRetries(1)
                    .build();
        }
    }

    @Override
    public Intent createIntent(IntentRequest request, String idempotencyKey) throws GatewayException {
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setAmount(request.amount().amountMinor())
                .setCurrency(request.amount().currencyCode().toLowerCase(Locale.ROOT))
                .setTransferGroup(request.transferGroup())
                .setDescription(request.description())
                .putAllMetadata(request.metadata())
                .setAutomaticPaymentMethods(PaymentIntentCreateParams.AutomaticPaymentMethods.builder().setEnabled(true).build())
                .build();
        return call(() -> intent(client().v1().paymentIntents().create(params, keyed(idempotencyKey))));
    }

    @Override
    public Intent retrieveIntent(String intentId) throws GatewayException {
        return call(() -> intent(client().v1().paymentIntents().retrieve(intentId)));
    }

    @Override
    public Intent cancelIntent(String intentId, String idempotencyKey) throws GatewayException {
        return call(() -> intent(client().v1().paymentIntents().cancel(intentId,
                PaymentIntentCancelParams.builder().build(), keyed(idempotencyKey))));
    }

    @Override
    public RefundResult refund(String intentId, Money amount, Map<String, String> metadata, String idempotencyKey)
            throws GatewayException {
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(intentId)
                .setAmount(amount.amountMinor())
                .putAllMetadata(metadata)
                .build();
        return call(() -> {
            Refund refund = client().v1().refunds().create(params, keyed(idempotencyKey));
            return new RefundResult(refund.getId(), refund.getStatus(), refund.getFailureReason());
        });
    }

    @Override
    public Account createAccount(AccountRequest request, String idempotencyKey) throws GatewayException {
        AccountCreateParams params = AccountCreateParams.builder()
                .setType(AccountCreateParams.Type.EXPRESS)
                .setCountry(request.country())
                .setEmail(request.email())
                .setBusinessProfile(AccountCreateParams.BusinessProfile.builder().setName(request.businessName()).build())
                .setCapabilities(AccountCreateParams.Capabilities.builder()
                        .setTransfers(AccountCreateParams.Capabilities.Transfers.builder().setRequested(true).build())
                        .build())
                .putAllMetadata(request.metadata())
                .build();
        return call(() -> account(client().v1().accounts().create(params, keyed(idempotencyKey))));
    }

    @Override
    public Account retrieveAccount(String accountId) throws GatewayException {
        return call(() -> account(client().v1().accounts().retrieve(accountId)));
    }

    @Override
    public String onboardingLink(String accountId, String refreshUrl, String returnUrl) throws GatewayException {
        AccountLinkCreateParams params = AccountLinkCreateParams.builder()
                .setAccount(accountId)
                .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
                .setRefreshUrl(refreshUrl)
                .setReturnUrl(returnUrl)
                .build();
        return call(() -> client().v1().accountLinks().create(params).getUrl());
    }

    @Override
    public String transfer(TransferRequest request, String idempotencyKey) throws GatewayException {
        TransferCreateParams params = TransferCreateParams.builder()
                .setAmount(request.amount().amountMinor())
                .setCurrency(request.amount().currencyCode().toLowerCase(Locale.ROOT))
                .setDestination(request.destination())
                .setSourceTransaction(request.sourceCharge())
                .setTransferGroup(request.transferGroup())
                .setDescription(request.description())
                .putAllMetadata(request.metadata())
                .build();
        return call(() -> client().v1().transfers().create(params, keyed(idempotencyKey)).getId());
    }

    @Override
    public String reverseTransfer(String transferId, Money amount, Map<String, String> metadata, String idempotencyKey)
            throws GatewayException {
        TransferReversalCreateParams params = TransferReversalCreateParams.builder()
                .setAmount(amount.amountMinor())
                .putAllMetadata(metadata)
                .build();
        return call(() -> client().v1().transfers().reversals().create(transferId, params, keyed(idempotencyKey)).getId());
    }

    @Override
    public Event verify(String payload, String signatureHeader) throws InvalidSignatureException {
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new InvalidSignatureException(SIGNATURE, "is missing: Stripe signs every webhook");
        }
        try {
            Webhook.Signature.verifyHeader(payload, signatureHeader, settings.webhookSecret(), TOLERANCE_SECONDS);
        } catch (SignatureVerificationException e) {
            throw new InvalidSignatureException(SIGNATURE, "does not verify: " + e.getMessage());
        } catch (RuntimeException e) {
            // stripe-java reads t= as a number without checking it first
            throw new InvalidSignatureException(SIGNATURE, "is not of Stripe's form t=<seconds>,v1=<signature>");
        }
        try {
            JsonObject event = Json.createReader(new StringReader(payload)).readObject();
            return new Event(event.getString("id"), event.getString("type"),
                    event.getJsonObject("data").getJsonObject("object"));
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new InvalidSignatureException("body", "is not a Stripe event (JSON with id, type and data.object)");
        }
    }

    private StripeClient client() throws GatewayException {
        if (client == null) {
            throw new GatewayException("not_configured", "Stripe's keys are not configured", false, null);
        }
        return client;
    }

    private static RequestOptions keyed(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    private static Account account(com.stripe.model.Account a) {
        var requirements = a.getRequirements();
        return new Account(a.getId(), Boolean.TRUE.equals(a.getDetailsSubmitted()), Boolean.TRUE.equals(a.getChargesEnabled()),
                Boolean.TRUE.equals(a.getPayoutsEnabled()),
                requirements == null || requirements.getCurrentlyDue() == null ? 0 : requirements.getCurrentlyDue().size(),
                requirements == null ? null : requirements.getDisabledReason());
    }

    private static Intent intent(PaymentIntent pi) {
        var error = pi.getLastPaymentError();
        return new Intent(pi.getId(), pi.getStatus(),
                Money.ofMinor(pi.getAmount(), pi.getCurrency().toUpperCase(Locale.ROOT)), pi.getClientSecret(),
                pi.getLatestCharge(),
                error == null ? null : error.getDeclineCode() != null ? error.getDeclineCode() : error.getCode(),
                error == null ? null : error.getMessage(),
                pi.getMetadata() == null ? Map.of() : Map.copyOf(pi.getMetadata()));
    }

    private interface StripeCall<T> {
        T run() throws StripeException, GatewayException;
    }

    /** Stripe's exceptions in Bazaar's words: what the shopper may read, and whether to try again. */
    private static <T> T call(StripeCall<T> call) throws GatewayException {
        try {
            return call.run();
        } catch (CardException e) {
            throw new GatewayException(e.getDeclineCode() != null ? e.getDeclineCode() : e.getCode(),
                    e.getStripeError() == null ? "the card was declined" : e.getStripeError().getMessage(), false, e);
        } catch (ApiConnectionException e) {
            throw new GatewayException("unreachable", "the card processor did not answer in time", true, e);
        } catch (RateLimitException e) {
            throw new GatewayException("rate_limited", "the card processor is busy", true, e);
        } catch (StripeException e) {
            boolean serverSide = e.getStatusCode() == null || e.getStatusCode() >= 500;
            throw new GatewayException(e.getCode() == null ? "error" : e.getCode(),
                    serverSide ? "the card processor had a problem" : e.getStripeError() == null ? e.getMessage()
                            : e.getStripeError().getMessage(), serverSide, e);
        }
    }
}
