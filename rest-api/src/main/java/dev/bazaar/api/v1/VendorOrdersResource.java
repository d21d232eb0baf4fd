package dev.bazaar.api.v1;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import dev.bazaar.kernel.BulkOutcome;
import dev.bazaar.ordering.application.VendorOrderDesk;
import dev.bazaar.ordering.application.VendorOrderView;
import dev.bazaar.ordering.domain.VendorOrderStatus;
import dev.bazaar.payment.application.RefundDesk;
import dev.bazaar.payment.application.RefundView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Your shop's orders: list, detail, and each step of fulfilment. Illegal steps are 409s. */
@Path("vendor/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
@RequestScoped
public class VendorOrdersResource {

    @EJB
    RefundDesk refunds;

    public record ShipmentRequest(@Schema(required = true, maxLength = 60) String carrier,
                                  @Schema(required = true, maxLength = 80) String trackingNumber) {
    }

    public record ReasonRequest(@Schema(required = true, maxLength = 500) String reason) {
    }

    @EJB
    VendorOrderDesk desk;

    /** A selection of your shop's orders by number, for a bulk action. */
    public record OrderSelection(@Schema(required = true, maxItems = VendorOrderDesk.MAX_SELECTION, maxLength = 24) List<String> numbers) {
    }

    @POST
    @Path("bulk/accept")
    @Operation(summary = "Accept many paid orders in one go; answers which were accepted and which were refused, with the reason"
            + " (another shop's numbers are refused as unknown, and nothing of theirs changes)")
    @APIResponse(responseCode = "422", description = "No numbers, or more than 200")
    public BulkOutcome acceptAll(OrderSelection body) {
        return desk.acceptAll(body == null ? null : body.numbers());
    }

    @GET
    @Operation(summary = "Your shop's orders, newest first; filter by status, from/to (dates), customer or order number")
    public PageResponse<VendorOrderView> list(@Parameter(schema = @Schema(implementation = VendorOrderStatus.class)) @QueryParam("status") String status, @Parameter(description = "First day (UTC), inclusive", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
                                              @Parameter(description = "Last day (UTC), inclusive", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to, @QueryParam("customer") String customer,
                                              @Parameter(description = "The page, counted from 0", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0")) @QueryParam("page") String page, @Parameter(description = "Items on a page", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        return PageResponse.of(desk.orders(OrderFilterParameters.of(status, null, from, to, customer), Paging.of(page, size)), o -> o);
    }

    @GET
    @Path("{number}")
    @Operation(summary = "One of your shop's orders: lines, ship-to address (for the packing slip), history")
    @APIResponse(responseCode = "404", description = "Your shop has no such order")
    public VendorOrderView order(@PathParam("number") String number) {
        return desk.order(number);
    }

    @POST
    @Path("{number}/refunds")
    @Operation(summary = "Refund your shop's part, whole or in part, once it was returned or cancelled after payment (owners and managers)",
            description = "Card payments go back through Stripe; bank-transfer orders are recorded as owed to the shopper."
                    + " Never more than what remains; send an Idempotency-Key so a retry refunds once.")
    @APIResponse(responseCode = "201", description = "The refund")
    @APIResponse(responseCode = "200", description = "The refund an earlier request with this Idempotency-Key made")
    @APIResponse(responseCode = "403", description = "Staff may not refund")
    @APIResponse(responseCode = "404", description = "Your shop has no such order")
    @APIResponse(responseCode = "409", description = "Not returned or cancelled after payment, or more than remains")
    @APIResponse(responseCode = "422", description = "No reason, an amount not above zero, another currency than the order's")
    @APIResponseSchema(value = RefundView.class, responseCode = "201")
    public Response refund(@PathParam("number") String number, @HeaderParam("Idempotency-Key") String idempotencyKey,
                           AdminPaymentsResource.RefundRequest body) {
        return AdminPaymentsResource.created(refunds.refundAsShop(number,
                AdminPaymentsResource.RefundRequest.orEmpty(body).input(), idempotencyKey));
    }

    @POST
    @Path("{number}/accept")
    @Operation(summary = "Accept a paid order")
    @APIResponse(responseCode = "409", description = "The order is not in a state that allows this step")
    public VendorOrderView accept(@PathParam("number") String number) {
        return desk.accept(number);
    }

    @POST
    @Path("{number}/ship")
    @Operation(summary = "Mark shipped, with carrier and tracking number")
    @APIResponse(responseCode = "409", description = "The order is not in a state that allows this step")
    public VendorOrderView ship(@PathParam("number") String number, ShipmentRequest body) {
        ShipmentRequest shipment = body == null ? new ShipmentRequest(null, null) : body;
        return desk.ship(number, shipment.carrier(), shipment.trackingNumber());
    }

    @POST
    @Path("{number}/deliver")
    @Operation(summary = "Mark delivered")
    @APIResponse(responseCode = "409", description = "The order is not in a state that allows this step")
    public VendorOrderView deliver(@PathParam("number") String number) {
        return desk.deliver(number);
    }

    @POST
    @Path("{number}/cancel")
    @Operation(summary = "Cancel before shipment, with a reason for the customer (owners and managers)")
    @APIResponse(responseCode = "409", description = "The order is not in a state that allows this step")
    public VendorOrderView cancel(@PathParam("number") String number, ReasonRequest body) {
        return desk.cancel(number, body == null ? null : body.reason());
    }

    @POST
    @Path("{number}/return/approve")
    @Operation(summary = "The returned goods arrived: they go back to stock")
    @APIResponse(responseCode = "409", description = "The order is not in a state that allows this step")
    public VendorOrderView approveReturn(@PathParam("number") String number) {
        return desk.approveReturn(number);
    }

    @POST
    @Path("{number}/return/deny")
    @Operation(summary = "Deny a return, with a reason for the customer")
    @APIResponse(responseCode = "409", description = "The order is not in a state that allows this step")
    public VendorOrderView denyReturn(@PathParam("number") String number, ReasonRequest body) {
        return desk.denyReturn(number, body == null ? null : body.reason());
    }
}
