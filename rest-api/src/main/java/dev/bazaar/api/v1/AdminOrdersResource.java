package dev.bazaar.api.v1;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import dev.bazaar.kernel.Csv;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.ordering.application.OrderAdministration;
import dev.bazaar.ordering.application.OrderCsv;
import dev.bazaar.ordering.application.OrderView;
import dev.bazaar.ordering.application.VendorOrderView;
import dev.bazaar.ordering.domain.Orders;
import dev.bazaar.ordering.domain.VendorOrderStatus;
import dev.bazaar.payment.application.PaymentAdministration;
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
import jakarta.ws.rs.core.StreamingOutput;

/** Every order, for platform admins: filters, detail, manual payments, cancellation and CSV export. */
@Path("admin/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("PLATFORM_ADMIN")
@RequestScoped
public class AdminOrdersResource {

    public record NoteRequest(@Schema(maxLength = OrderAdministration.MAX_NOTE) String note) {
    }

    @EJB
    OrderAdministration administration;

    @EJB
    PaymentAdministration payments;

    @EJB
    RefundDesk refunds;

    @GET
    @Operation(summary = "All vendor orders, newest first; filter by status, vendorId, from/to (dates), customer or order number")
    public PageResponse<VendorOrderView> list(@Parameter(schema = @Schema(implementation = VendorOrderStatus.class)) @QueryParam("status") String status, @Parameter(description = "A shop's id", schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @QueryParam("vendorId") String vendorId,
                                              @Parameter(description = "First day (UTC), inclusive", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from, @Parameter(description = "Last day (UTC), inclusive", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
                                              @QueryParam("customer") String customer,
                                              @Parameter(description = "The page, counted from 0", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0")) @QueryParam("page") String page, @Parameter(description = "Items on a page", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        return PageResponse.of(administration.vendorOrders(OrderFilterParameters.of(status, vendorId, from, to, customer),
                Paging.of(page, size)), o -> o);
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "The filtered vendor orders as CSV, all pages")
    public Response export(@Parameter(schema = @Schema(implementation = VendorOrderStatus.class)) @QueryParam("status") String status, @Parameter(description = "A shop's id", schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @QueryParam("vendorId") String vendorId,
                           @Parameter(description = "First day (UTC), inclusive", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from, @Parameter(description = "Last day (UTC), inclusive", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
                           @QueryParam("customer") String customer) {
        Orders.Filter filter = OrderFilterParameters.of(status, vendorId, from, to, customer);
        StreamingOutput csv = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write(Csv.row(OrderCsv.HEADER));
            Page<VendorOrderView> page;
            int number = 0;
            do {
                page = administration.vendorOrders(filter, new PageRequest(number++, PageRequest.MAX_SIZE));
                for (VendorOrderView order : page.items()) {
                    writer.write(Csv.row(OrderCsv.row(order)));
                }
            } while (page.hasNext());
            writer.flush();
        };
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"orders.csv\"").build();
    }

    @GET
    @Path("{number}")
    @Operation(summary = "One order with every shop's part")
    @APIResponse(responseCode = "404", description = "No such order")
    public OrderView order(@PathParam("number") String number) {
        return administration.order(number);
    }

    @GET
    @Path("{number}/payments")
    @Operation(summary = "An order's card payment (Stripe ids, status, last error), its refunds and its disputes")
    @APIResponse(responseCode = "404", description = "No such order")
    public PaymentAdministration.GroupPayments orderPayments(@PathParam("number") String number) {
        return payments.ofGroup(administration.order(number).id());
    }

    @POST
    @Path("{number}/refunds")
    @Operation(summary = "Refund one shop's part of an order, whole or in part",
            description = "A card payment is refunded through Stripe (status SUCCEEDED, or PENDING until Stripe confirms);"
                    + " a bank-transfer order's refund is recorded as OWED to the shopper until paid out. Never more than"
                    + " what remains of the part; send an Idempotency-Key so a retry refunds once.")
    @APIResponse(responseCode = "201", description = "The refund")
    @APIResponse(responseCode = "200", description = "The refund an earlier request with this Idempotency-Key made")
    @APIResponse(responseCode = "404", description = "No such order, or no such part in it")
    @APIResponse(responseCode = "409", description = "The order is not paid, the amount is more than remains, or the part is refunded in full")
    @APIResponse(responseCode = "422", description = "No reason, an amount not above zero, another currency than the order's, a bad Idempotency-Key")
    @APIResponseSchema(value = RefundView.class, responseCode = "201")
    public Response refund(@PathParam("number") String number, @HeaderParam("Idempotency-Key") String idempotencyKey,
                           AdminPaymentsResource.RefundRequest body) {
        return AdminPaymentsResource.created(refunds.refundAsAdmin(number, AdminPaymentsResource.RefundRequest.orEmpty(body).input(), idempotencyKey));
    }

    @POST
    @Path("{number}/mark-paid")
    @Operation(summary = "A manual payment (bank transfer, cash on delivery) arrived: the order is paid and its stock sold")
    @APIResponse(responseCode = "409", description = "The order is not awaiting payment")
    public OrderView markPaid(@PathParam("number") String number, NoteRequest body) {
        return administration.markPaid(number, body == null ? null : body.note());
    }

    @POST
    @Path("{number}/cancel")
    @Operation(summary = "Cancel the order, or one shop's part of it (vendorOrderNumber), with a reason")
    @APIResponse(responseCode = "409", description = "Something has shipped already")
    public OrderView cancel(@PathParam("number") String number, OrdersResource.PartRequest body) {
        OrdersResource.PartRequest part = OrdersResource.PartRequest.orEmpty(body);
        return administration.cancel(number, part.vendorOrderNumber(), part.reason());
    }
}
