package dev.bazaar.api.v1;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.payment.application.ShopTransfers;
import dev.bazaar.payment.application.TransferView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Your shop's transfers to its Stripe account. Its own root, longer than {@link VendorStockResource}'s {@code vendor}. */
@Path("vendor/transfers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
@RequestScoped
public class VendorTransfersResource {

    @EJB
    ShopTransfers transfers;

    @GET
    @Operation(summary = "Your shop's transfers to its connected Stripe account, newest first, with their state (SENDING, SENT, FAILED)")
    @APIResponse(responseCode = "400", description = "A page that is not a number")
    @APIResponse(responseCode = "422", description = "The page size is out of range")
    public PageResponse<TransferView> transfers(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(transfers.myTransfers(Paging.of(page, size)), t -> t);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of your shop's transfers")
    @APIResponse(responseCode = "400", description = "An id that is not a number")
    @APIResponse(responseCode = "404", description = "No such transfer of your shop")
    public TransferView transfer(@PathParam("id") String id) {
        return transfers.myTransfer(IdParameter.required("id", id));
    }
}
