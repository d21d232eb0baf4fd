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

/** The platform's coupons: funded by Bazaar, good for whole orders. */
@Path("admin/coupons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("PLATFORM_ADMIN")
@RequestScoped
public class AdminCouponsResource {

    @EJB
    CouponDesk coupons;

    @GET
    @Operation(summary = "The platform's coupons")
    public List<CouponView> list() {
        return coupons.platformCoupons();
    }

    @POST
    @Operation(summary = "Make a coupon: PERCENT (percent) or FIXED (amount, currency); optional minSpend, startsAt/endsAt, maxUses, maxUsesPerCustomer")
    @APIResponse(responseCode = "201", description = "The coupon")
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "422", description = "A field breaks a rule")
    @APIResponseSchema(value = CouponView.class, responseCode = "201")
    public Response create(CouponInput body) {
        CouponView coupon = coupons.createPlatformCoupon(orEmpty(body));
        return Response.created(URI.create("v1/admin/coupons")).entity(coupon).build();
    }

    static CouponInput orEmpty(CouponInput body) {
        return body == null ? new CouponInput(null, null, null, null, null, null, null, null, null, null) : body;
    }
}
