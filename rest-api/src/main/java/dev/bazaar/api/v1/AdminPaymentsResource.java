package dev.bazaar.api.v1;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.payment.application.CardSettings;
import dev.bazaar.payment.application.DisputeView;
import dev.bazaar.payment.application.PaymentAdministration;
import dev.bazaar.payment.application.RefundDesk;
import dev.bazaar.payment.application.RefundInput;
import dev.bazaar.payment.application.RefundView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Money for platform admins: paying out owed refunds, open disputes, Stripe's settings (an order's payments: {@link AdminOrdersResource}). */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("PLATFORM_ADMIN")
@RequestScoped
public class AdminPaymentsResource {

    /** A refund asked for: the shop's part, the amount in minor units (absent: all that remains), its currency, why. */
    public record RefundRequest(@Schema(required = true, maxLength = 24) String vendorOrderNumber,
                                @Schema(minimum = "1", description = "In minor units; absent: everything still refundable") Long amountMinor,
                                @Schema(minLength = 3, maxLength = 3) String currency,
                                @Schema(required = true, maxLength = 500) String reason) {

        RefundInput input() {
            return new RefundInput(vendorOrderNumber, amountMinor, currency, reason);
        }

        static RefundRequest orEmpty(RefundRequest body) {
            return body == null ? new RefundRequest(null, null, null, null) : body;
        }
    }

    public record PaidOutRequest(@Schema(required = true, maxLength = 200) String reference) {
    }

    @EJB
    PaymentAdministration payments;

    @EJB
    RefundDesk refunds;

    @POST
    @Path("refunds/{id}/paid-out")
    @Operation(summary = "An owed refund (bank-transfer order) was paid out to the shopper, with the transfer's reference")
    @APIResponse(responseCode = "404", description = "No such refund")
    @APIResponse(responseCode = "409", description = "The refund is not owed")
    @APIResponse(responseCode = "422", description = "No reference")
    public RefundView paidOut(@PathParam("id") String id, PaidOutRequest body) {
        return refunds.paidOut(IdParameter.required("id", id), body == null ? null : body.reference());
    }

    @GET
    @Path("disputes")
    @Operation(summary = "Chargebacks still open, oldest first: the order, the amount and the reason")
    public List<DisputeView> openDisputes() {
        return payments.openDisputes();
    }

    @GET
    @Path("payment-settings")
    @Operation(summary = "Stripe's settings with the secrets masked: whether cards are offered and where Stripe is")
    public CardSettings.Masked settings() {
        return payments.settings();
    }

    static Response created(RefundDesk.Recorded recorded) {
        if (recorded.replayed()) {
            return Response.ok(recorded.refund()).build();
        }
        return Response.created(URI.create("v1/admin/refunds/" + recorded.refund().id())).entity(recorded.refund()).build();
    }
}
