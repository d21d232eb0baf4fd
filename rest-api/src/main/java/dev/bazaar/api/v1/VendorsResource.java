package dev.bazaar.api.v1;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import dev.bazaar.kernel.EmailAddress;
import dev.bazaar.kernel.PhoneNumber;
import dev.bazaar.kernel.Slug;
import dev.bazaar.vendor.application.ShopView;
import dev.bazaar.vendor.application.Shops;
import dev.bazaar.vendor.application.VendorOnboarding;
import dev.bazaar.vendor.application.VendorView;
import dev.bazaar.vendor.domain.ShopApplication;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** Shops: anyone may look at an approved shop; a signed-in person may apply to open one. */
@Path("vendors")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class VendorsResource {

    /** An application to sell on Bazaar. */
    public record ApplicationRequest(@Schema(required = true, maxLength = 200) String shopName,
                                     @Schema(required = true, maxLength = Slug.MAX_LENGTH) String slug,
                                     @Schema(required = true, maxLength = 200) String legalName,
                                     @Schema(required = true, maxLength = 60) String registrationNumber,
                                     @Schema(required = true, format = "email", maxLength = EmailAddress.MAX_LENGTH) String contactEmail,
                                     @Schema(maxLength = PhoneNumber.MAX_LENGTH) String contactPhone,
                                     @Schema(required = true, minLength = 2, maxLength = 2) String country,
                                     @Schema(required = true, minLength = 3, maxLength = 3) String payoutCurrency) {

        ShopApplication application() {
            return new ShopApplication(shopName, slug, legalName, registrationNumber, contactEmail, contactPhone,
                    country, payoutCurrency);
        }
    }

    @EJB
    Shops shops;

    @EJB
    VendorOnboarding onboarding;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"PLATFORM_ADMIN", "VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF", "CUSTOMER"})
    @Operation(summary = "Apply to sell on Bazaar; the shop waits as PENDING until a platform admin decides")
    @APIResponse(responseCode = "201", description = "The application, with status PENDING")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "409", description = "The slug is taken, or you have a shop or application already")
    @APIResponse(responseCode = "422", description = "A field breaks a rule; errors lists each one")
    @APIResponseSchema(value = VendorView.class, responseCode = "201")
    public Response apply(ApplicationRequest body) {
        ApplicationRequest given = body == null ? new ApplicationRequest(null, null, null, null, null, null, null, null) : body;
        VendorView filed = onboarding.apply(Caller.accountId(security), given.application());
        return Response.created(URI.create("v1/me/vendor-application")).entity(filed).build();
    }

    @GET
    @Path("{slug}")
    @PermitAll
    @Operation(summary = "An approved shop's public profile")
    @APIResponse(responseCode = "200", description = "The shop")
    @APIResponse(responseCode = "404", description = "No approved shop with this slug")
    public ShopView shop(@PathParam("slug") String slug) {
        return shops.shop(slug);
    }
}
