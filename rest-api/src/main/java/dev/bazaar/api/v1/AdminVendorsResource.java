package dev.bazaar.api.v1;


import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.vendor.application.VendorApproval;
import dev.bazaar.vendor.application.VendorView;
import dev.bazaar.vendor.domain.VendorStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Platform admins' decisions on shops, the same rules as the back office's vendor pages. */
@Path("admin/vendors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("PLATFORM_ADMIN")
@RequestScoped
public class AdminVendorsResource {

    public record ReasonRequest(@Schema(required = true, maxLength = 2000) String reason) {
    }

    public record CommissionRequest(@Schema(maxLength = 8, description = "A percentage such as \"12.5\"; blank returns the shop to the platform's rate") String percent) {
    }

    @EJB
    VendorApproval approval;

    @GET
    @Operation(summary = "Shops by status, oldest first (status=PENDING is the queue of applications)")
    @APIResponse(responseCode = "200", description = "A page of shops")
    @APIResponse(responseCode = "400", description = "Unknown status, or page/size not a number")
    public PageResponse<VendorView> list(@Parameter(schema = @Schema(implementation = VendorStatus.class)) @QueryParam("status") String status, @QueryParam("q") String search,
                                         @Parameter(description = "The page, counted from 0", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0")) @QueryParam("page") String page, @Parameter(description = "Items on a page", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        VendorStatus wanted = EnumParameter.of(VendorStatus.class, "status", status);
        return PageResponse.of(approval.vendors(wanted, search, Paging.of(page, size)), vendor -> vendor);
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "One shop with its business details")
    public VendorView vendor(@PathParam("id") long id) {
        return approval.vendor(id);
    }

    @POST
    @Path("{id: [0-9]{1,18}}/approve")
    @Operation(summary = "Approve an application: the applicant becomes the shop's owner")
    @APIResponse(responseCode = "409", description = "The shop is not pending")
    public VendorView approve(@PathParam("id") long id) {
        return approval.approve(id);
    }

    @POST
    @Path("{id: [0-9]{1,18}}/reject")
    @Operation(summary = "Reject an application, with the reason the applicant is told")
    @APIResponse(responseCode = "422", description = "No reason given")
    @APIResponse(responseCode = "409", description = "The shop is not in a state that allows this decision")
    public VendorView reject(@PathParam("id") long id, ReasonRequest body) {
        return approval.reject(id, body == null ? null : body.reason());
    }

    @POST
    @Path("{id: [0-9]{1,18}}/suspend")
    @Operation(summary = "Suspend a shop: its products leave the storefront at once")
    @APIResponse(responseCode = "409", description = "The shop is not in a state that allows this decision")
    public VendorView suspend(@PathParam("id") long id, ReasonRequest body) {
        return approval.suspend(id, body == null ? null : body.reason());
    }

    @POST
    @Path("{id: [0-9]{1,18}}/reinstate")
    @Operation(summary = "Lift a suspension")
    @APIResponse(responseCode = "409", description = "The shop is not in a state that allows this decision")
    public VendorView reinstate(@PathParam("id") long id) {
        return approval.reinstate(id);
    }

    @PUT
    @Path("{id: [0-9]{1,18}}/commission")
    @Operation(summary = "Set the shop's commission in percent; blank returns it to the platform default")
    @APIResponse(responseCode = "422", description = "Not a percentage between 0 and 100 with at most two decimals")
    public VendorView commission(@PathParam("id") long id, CommissionRequest body) {
        return approval.changeCommission(id, body == null ? null : body.percent());
    }
}
