package dev.bazaar.api.v1;

import java.net.URI;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import dev.bazaar.api.v1.AddressesResource.AddressRequest;
import dev.bazaar.kernel.EmailAddress;
import dev.bazaar.ordering.application.CheckoutQuote;
import dev.bazaar.ordering.application.CheckoutRequest;
import dev.bazaar.ordering.application.GuestCheckout;
import dev.bazaar.ordering.application.GuestPlacedOrder;
import dev.bazaar.ordering.application.OrderView;
import dev.bazaar.payment.application.PaymentStart;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Checkout without an account, of the guest cart named by the {@value CartResource#TOKEN_HEADER}
 * header: the summary ({@code /guest-checkout/quote}) and placing the order for an e-mail address.
 * The answer carries the token of the order's link (also mailed): {@code GET /guest-orders/{token}}
 * shows the order, {@code POST /guest-orders/{token}/payment} pays it.
 */
@Path("guest-checkout")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@RequestScoped
public class GuestCheckoutResource {

    /** The guest's e-mail address, a new shipping address (and billing address, else the same), a coupon, how to pay. */
    public record GuestCheckoutBody(@Schema(format = "email", maxLength = EmailAddress.MAX_LENGTH,
                                            description = "Where the order's link is mailed; needed to place the order, not for a quote")
                                    String email, AddressRequest shippingAddress, AddressRequest billingAddress,
                                    @Schema(maxLength = 40) String couponCode,
                                    @Schema(maxLength = 40, description = "BANK_TRANSFER or CARD; absent: bank transfer") String paymentMethod) {

        CheckoutRequest request() {
            return new CheckoutRequest(null, shippingAddress == null ? null : shippingAddress.postal(), null,
                    billingAddress == null ? null : billingAddress.postal(), couponCode, paymentMethod);
        }

        static GuestCheckoutBody orEmpty(GuestCheckoutBody body) {
            return body == null ? new GuestCheckoutBody(null, null, null, null, null) : body;
        }
    }

    /**
     * A guest's placed order, how to pay for it, and the token of its link ({@code orderToken}, valid until
     * {@code orderTokenExpiresAt}); {@code replayed} when an Idempotency-Key returned an earlier order.
     */
    public record GuestPlacedOrderResponse(OrderView order, PaymentStart payment, boolean replayed, String orderToken,
                                           Instant orderTokenExpiresAt) {
    }

    @EJB
    GuestCheckout checkout;

    @POST
    @Path("quote")
    @Operation(summary = "The order summary for a guest cart: each shop's goods, shipping, discount and tax, and the totals")
    @APIResponse(responseCode = "409", description = "No guest cart by that token, an empty one, or one holding something no longer sold")
    @APIResponse(responseCode = "422", description = "A missing or wrong address, a country we do not deliver to, a coupon that does not apply")
    public CheckoutQuote quote(@HeaderParam(CartResource.TOKEN_HEADER) String cartToken, GuestCheckoutBody body) {
        return checkout.quote(cartToken, GuestCheckoutBody.orEmpty(body).request());
    }

    @POST
    @Operation(summary = "Place a guest's order: one order with a part per shop, stock reserved, the guest cart emptied, the order's link mailed")
    @APIResponse(responseCode = "201", description = "The order, how to pay for it, and its link's token")
    @APIResponse(responseCode = "200", description = "The order an earlier request with this Idempotency-Key placed (with a new link token)")
    @APIResponse(responseCode = "409", description = "No guest cart or an empty one, out of stock, a price changed since you saw it, a coupon used up")
    @APIResponse(responseCode = "422", description = "Bad input (a missing or wrong e-mail address or address), or an Idempotency-Key already used for another checkout")
    @APIResponseSchema(value = GuestPlacedOrderResponse.class, responseCode = "201")
    public Response place(@HeaderParam(CartResource.TOKEN_HEADER) String cartToken, @HeaderParam("Idempotency-Key") String idempotencyKey,
                          GuestCheckoutBody body) {
        GuestCheckoutBody given = GuestCheckoutBody.orEmpty(body);
        GuestPlacedOrder placed = checkout.place(cartToken, given.email(), given.request(), idempotencyKey);
        GuestPlacedOrderResponse answer = new GuestPlacedOrderResponse(placed.order(), placed.payment(), placed.replayed(),
                placed.orderToken(), placed.orderTokenExpiresAt());
        if (placed.replayed()) {
            return Response.ok(answer).build();
        }
        return Response.created(URI.create("v1/guest-orders/" + placed.orderToken())).entity(answer).build();
    }
}
