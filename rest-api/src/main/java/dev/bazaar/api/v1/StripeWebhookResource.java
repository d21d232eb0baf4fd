package dev.bazaar.api.v1;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.api.problem.BadRequestParameterException;
import dev.bazaar.payment.application.InvalidSignatureException;
import dev.bazaar.payment.application.StripeWebhooks;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Where Stripe reports what happened to payments. The body is read as the exact text Stripe signed;
 * an event is acted on only when its {@code Stripe-Signature} verifies, and only once.
 */
@Path("payments/webhooks/stripe")
@PermitAll
@RequestScoped
public class StripeWebhookResource {

    /** The answer Stripe needs: any 2xx means delivered. */
    public record Received(boolean received) {
    }

    @EJB
    StripeWebhooks webhooks;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stripe's webhook: payment_intent.*, charge.refunded, charge.refund.updated, charge.dispute.*, account.updated",
            description = "Verified with the signing secret (t=…,v1=HMAC-SHA256 of t.body, at most five minutes old). Each event id"
                    + " is handled once: a redelivery answers 200 and changes nothing; an event type Bazaar does not act on is"
                    + " acknowledged and ignored.")
    @APIResponse(responseCode = "200", description = "Received (handled now, or before)")
    @APIResponse(responseCode = "400", description = "No, a broken, a wrong or a stale signature, or a body that is not a Stripe event; nothing written")
    @APIResponse(responseCode = "422", description = "An account.updated for an account that is no shop's; nothing written")
    public Received receive(@HeaderParam("Stripe-Signature") String signature, String payload) {
        try {
            webhooks.receive(payload == null ? "" : payload, signature);
            return new Received(true);
        } catch (InvalidSignatureException e) {
            throw new BadRequestParameterException(Map.of(e.field(), e.getMessage()));
        }
    }
}
