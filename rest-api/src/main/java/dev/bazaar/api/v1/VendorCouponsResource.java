package dev.bazaar.api.v1;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import dev.bazaar.ordering.application.CouponDesk;
import dev.bazaar.ordering.application.CouponInput;
import dev.bazaar.ordering.application.CouponView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Your shop's coupons: funded by your shop, good for your shop's products only (owners and managers). */
@Path("vendor/coupons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER"})
@RequestScoped
public class VendorCouponsResource {

    @EJB
    CouponDesk coupons;

    @GET
    @Operation(summary = "Your shop's coupons")
    public List<CouponView> list() {
        return coupons.shopCoupons();
    }

    @POST
    @Operation(summary = "Make a coupon for your shop's products (same fields as the platform's)")
    @APIResponse(responseCode = "201", description = "The coupon")
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponseSchema(value = CouponView.class, responseCode = "201")
    public Response create(CouponInput body) {
        CouponView coupon = coupons.createShopCoupon(AdminCouponsResource.orEmpty(body));
        return Response.created(URI.create("v1/vendor/coupons")).entity(coupon).build();
    }
}
