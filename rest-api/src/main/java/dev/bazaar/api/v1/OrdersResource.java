package dev.bazaar.api.v1;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.ordering.application.CustomerOrders;
import dev.bazaar.ordering.application.OrderView;
import dev.bazaar.payment.application.PaymentStart;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The caller's own orders: history, detail, cancel before shipment, ask for a return after delivery. */
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("CUSTOMER")
@RequestScoped
public class OrdersResource {

    /** Which shop's part (all parts when absent, for a cancellation) and why. */
    public record PartRequest(@Schema(maxLength = 24) String vendorOrderNumber, @Schema(maxLength = 500) String reason) {

        static PartRequest orEmpty(PartRequest body) {
            return body == null ? new PartRequest(null, null) : body;
        }
    }

    @EJB
    CustomerOrders orders;

    @GET
    @Operation(summary = "Your orders, newest first")
    public PageResponse<OrderView> list(@Parameter(description = "The page, counted from 0", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0")) @QueryParam("page") String page, @Parameter(description = "Items on a page", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        return PageResponse.of(orders.mine(Paging.of(page, size)), o -> o);
    }

    @GET
    @Path("{number}")
    @Operation(summary = "One of your orders, with each shop's part, its status history and shipment")
    @APIResponse(responseCode = "404", description = "You have no such order")
    public OrderView order(@PathParam("number") String number) {
        return orders.mine(number);
    }

    @POST
    @Path("{number}/payment")
    @Operation(summary = "Start (or start again) paying for an order that awaits its payment",
            description = "For a card order: makes sure its Stripe PaymentIntent exists (the same one however often asked) and"
                    + " answers its client secret and the publishable key to confirm it with; with returned=true first reads"
                    + " the intent back from Stripe, as after the shopper paid. For a bank transfer: the instructions.")
    @APIResponse(responseCode = "200", description = "How to pay now (no client secret while Stripe cannot be reached: try again)")
    @APIResponse(responseCode = "404", description = "You have no such order")
    @APIResponse(responseCode = "409", description = "The order is paid or cancelled: nothing to pay")
    public PaymentStart payment(@PathParam("number") String number, @QueryParam("returned") boolean returned) {
        return orders.payment(number, returned)
                .orElseThrow(() -> new ConflictException("paymentStatus", "of order " + number + " is settled: nothing to pay"));
    }

    @GET
    @Path("{number}/refunds")
    @Operation(summary = "What was refunded on your order, part by part (OWED: to be paid back to you by bank transfer)")
    @APIResponse(responseCode = "404", description = "You have no such order")
    public List<RefundView> refunds(@PathParam("number") String number) {
        return orders.refunds(number);
    }

    @POST
    @Path("{number}/cancel")
    @Operation(summary = "Cancel the order, or one shop's part of it, before it ships")
    @APIResponse(responseCode = "409", description = "Something has shipped already")
    public OrderView cancel(@PathParam("number") String number, PartRequest body) {
        PartRequest part = PartRequest.orEmpty(body);
        return orders.cancel(number, part.vendorOrderNumber(), part.reason());
    }

    @POST
    @Path("{number}/returns")
    @Operation(summary = "Ask a shop to take its delivered part back")
    @APIResponse(responseCode = "409", description = "That part is not delivered")
    @APIResponse(responseCode = "422", description = "No part or reason given")
    public OrderView requestReturn(@PathParam("number") String number, PartRequest body) {
        PartRequest part = PartRequest.orEmpty(body);
        return orders.requestReturn(number, part.vendorOrderNumber(), part.reason());
    }
}
