package dev.bazaar.api.v1;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import dev.bazaar.api.v1.AddressesResource.AddressRequest;
import dev.bazaar.ordering.application.Checkout;
import dev.bazaar.ordering.application.CheckoutQuote;
import dev.bazaar.ordering.application.CheckoutRequest;
import dev.bazaar.ordering.application.OrderView;
import dev.bazaar.ordering.application.PlacedOrder;
import dev.bazaar.payment.application.PaymentStart;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Checkout of the customer's cart: the summary ({@code /checkout/quote}) and placing the order. A
 * placed order answers 201 with the order and how to pay; the same Idempotency-Key and body answer
 * the same order again (200), another body under the key a 422.
 */
@Path("checkout")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("CUSTOMER")
@RequestScoped
public class CheckoutResource {

    /** Ship to an address-book entry or a new address; bill to the shipping address unless told otherwise. */
    public record CheckoutBody(Long shippingAddressId, AddressRequest shippingAddress, Long billingAddressId,
                               AddressRequest billingAddress, @Schema(maxLength = 40) String couponCode,
                               @Schema(maxLength = 40, description = "BANK_TRANSFER or CARD; absent: bank transfer") String paymentMethod) {

        CheckoutRequest request() {
            return new CheckoutRequest(shippingAddressId, shippingAddress == null ? null : shippingAddress.postal(),
                    billingAddressId, billingAddress == null ? null : billingAddress.postal(), couponCode, paymentMethod);
        }

        static CheckoutBody orEmpty(CheckoutBody body) {
            return body == null ? new CheckoutBody(null, null, null, null, null, null) : body;
        }
    }

    @EJB
    Checkout checkout;

    @GET
    @Path("payment-methods")
    @PermitAll
    @Operation(summary = "The payment methods offered now")
    public List<CheckoutQuote.PaymentOption> paymentMethods() {
        return checkout.paymentMethods();
    }

    @POST
    @Path("quote")
    @Operation(summary = "The order summary for your cart: each shop's goods, shipping, discount and tax, and the totals")
    @APIResponse(responseCode = "409", description = "The cart is empty, or holds something no longer sold")
    @APIResponse(responseCode = "422", description = "A missing or wrong address, a country we do not deliver to, a coupon that does not apply")
    public CheckoutQuote quote(CheckoutBody body) {
        return checkout.quote(CheckoutBody.orEmpty(body).request());
    }

    @POST
    @Operation(summary = "Place the order: one order with a part per shop, stock reserved, the cart emptied")
    @APIResponse(responseCode = "201", description = "The order and how to pay for it")
    @APIResponse(responseCode = "200", description = "The order an earlier request with this Idempotency-Key placed")
    @APIResponse(responseCode = "409", description = "Out of stock (says what is left), a price changed since you saw it, a coupon used up")
    @APIResponse(responseCode = "422", description = "Bad input, or an Idempotency-Key already used for another checkout")
    @APIResponseSchema(value = PlacedOrderResponse.class, responseCode = "201")
    public Response place(@HeaderParam("Idempotency-Key") String idempotencyKey, CheckoutBody body) {
        PlacedOrder placed = checkout.place(CheckoutBody.orEmpty(body).request(), idempotencyKey);
        PlacedOrderResponse answer = new PlacedOrderResponse(placed.order(), placed.payment(), placed.replayed());
        if (placed.replayed()) {
            return Response.ok(answer).build();
        }
        return Response.created(URI.create("v1/orders/" + placed.order().number())).entity(answer).build();
    }

    /**
     * A placed order and how to pay for it: for a card, the PaymentIntent's client secret and the
     * publishable key that Stripe.js (or a mobile SDK) confirms it with; {@code replayed} when an
     * Idempotency-Key returned an earlier order.
     */
    public record PlacedOrderResponse(OrderView order, PaymentStart payment, boolean replayed) {
    }
}
