package dev.bazaar.payment.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Stripe's webhook: an event is believed only when its signature verifies (signing secret, five
 * minutes' tolerance); a verified event is handled once, in one transaction with the changes it
 * causes. Anyone may call the endpoint; only Stripe can sign.
 */
@Stateless
@PermitAll
public class StripeWebhooks {

    @Inject
    CardGateway gateway;

    @Inject
    CardPaymentWork work;

    /** Verifies, then handles the event; {@link InvalidSignatureException} when it cannot be shown to be Stripe's. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void receive(String payload, String signatureHeader) throws InvalidSignatureException {
        CardGateway.Event event = gateway.verify(payload, signatureHeader);
        work.handle(event);
    }
}
