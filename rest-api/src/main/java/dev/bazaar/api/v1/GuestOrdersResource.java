package dev.bazaar.api.v1;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.ordering.application.GuestOrders;
import dev.bazaar.ordering.application.OrderView;
import dev.bazaar.payment.application.PaymentStart;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * A guest's order, by the token of its link (from the guest checkout's answer, or the mail): as a
 * customer's order, it can be paid, cancelled before it ships and returned after delivery. A token
 * opens and changes its own order only; an unknown or expired one is a 404.
 */
@Path("guest-orders/{token}")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@RequestScoped
public class GuestOrdersResource {

    @EJB
    GuestOrders orders;

    @GET
    @Operation(summary = "The order the link opens, with each shop's part, its status history and shipment")
    @APIResponse(responseCode = "404", description = "The token opens no order (never issued, or expired)")
    public OrderView order(@PathParam("token") String token) {
        return orders.show(token);
    }

    @POST
    @Path("payment")
    @Operation(summary = "Start (or start again) paying for the order while it awaits its payment",
            description = "As POST /orders/{number}/payment: for a card, the PaymentIntent's client secret and publishable key"
                    + " (with returned=true the intent is read back from Stripe first); for a bank transfer, the instructions.")
    @APIResponse(responseCode = "200", description = "How to pay now (no client secret while Stripe cannot be reached: try again)")
    @APIResponse(responseCode = "404", description = "The token opens no order (never issued, or expired)")
    @APIResponse(responseCode = "409", description = "The order is paid or cancelled: nothing to pay")
    public PaymentStart payment(@PathParam("token") String token, @QueryParam("returned") boolean returned) {
        return orders.payment(token, returned)
                .orElseThrow(() -> new ConflictException("paymentStatus", "of this order is settled: nothing to pay"));
    }

    @POST
    @Path("cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel the order, or one shop's part of it, before it ships", description = "As POST /orders/{number}/cancel.")
    @APIResponse(responseCode = "404", description = "The token opens no order, or the order has no such part")
    @APIResponse(responseCode = "409", description = "Something has shipped already")
    public OrderView cancel(@PathParam("token") String token, OrdersResource.PartRequest body) {
        OrdersResource.PartRequest part = OrdersResource.PartRequest.orEmpty(body);
        return orders.cancel(token, part.vendorOrderNumber(), part.reason());
    }

    @POST
    @Path("returns")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask a shop to take its delivered part back", description = "As POST /orders/{number}/returns.")
    @APIResponse(responseCode = "404", description = "The token opens no order, or the order has no such part")
    @APIResponse(responseCode = "409", description = "That part is not delivered")
    @APIResponse(responseCode = "422", description = "No part or reason given")
    public OrderView requestReturn(@PathParam("token") String token, OrdersResource.PartRequest body) {
        OrdersResource.PartRequest part = OrdersResource.PartRequest.orEmpty(body);
        return orders.requestReturn(token, part.vendorOrderNumber(), part.reason());
    }
}
