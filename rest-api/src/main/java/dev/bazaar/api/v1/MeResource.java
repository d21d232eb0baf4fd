package dev.bazaar.api.v1;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.identity.application.AccountView;
import dev.bazaar.identity.application.Accounts;
import dev.bazaar.identity.domain.DisplayName;
import dev.bazaar.identity.domain.PasswordPolicy;
import dev.bazaar.kernel.PhoneNumber;
import dev.bazaar.vendor.application.VendorOnboarding;
import dev.bazaar.vendor.application.VendorView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** The caller's own account, as named by the subject of their access token. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"PLATFORM_ADMIN", "VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF", "CUSTOMER"})
@RequestScoped
public class MeResource {

    /** The profile fields a person edits themselves. */
    public record ProfileRequest(@Schema(required = true, maxLength = DisplayName.MAX_LENGTH) String name,
            @Schema(maxLength = PhoneNumber.MAX_LENGTH) String phone) {
    }

    public record PasswordChangeRequest(@Schema(required = true, maxLength = PasswordPolicy.MAX_LENGTH) String currentPassword,
            @Schema(required = true, minLength = PasswordPolicy.MIN_LENGTH, maxLength = PasswordPolicy.MAX_LENGTH) String newPassword) {
    }

    @EJB
    Accounts accounts;

    @EJB
    VendorOnboarding onboarding;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "The account the access token belongs to")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "401", description = "No token, or one that is expired, forged, from another issuer, or for a disabled account")
    public AccountView me() {
        return accounts.own(Caller.accountId(security));
    }

    @GET
    @Path("vendor-application")
    @Operation(summary = "Your newest application to sell on Bazaar, and what became of it")
    @APIResponse(responseCode = "200", description = "The application (status PENDING, APPROVED, REJECTED with a reason, or SUSPENDED)")
    @APIResponse(responseCode = "404", description = "You have not applied")
    public VendorView vendorApplication() {
        return onboarding.myApplication(Caller.accountId(security));
    }

    @PUT
    @Operation(summary = "Change your name and phone number")
    @APIResponse(responseCode = "200", description = "The account as it is now")
    @APIResponse(responseCode = "422", description = "A field breaks a rule; errors lists each one")
    public AccountView updateProfile(ProfileRequest body) {
        ProfileRequest given = body == null ? new ProfileRequest(null, null) : body;
        return accounts.updateProfile(Caller.accountId(security), given.name(), given.phone());
    }

    @POST
    @Path("password")
    @Operation(summary = "Change your password; every other session (refresh token) ends")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "422", description = "Wrong current password, or a new one that breaks the policy")
    public Response changePassword(PasswordChangeRequest body) {
        PasswordChangeRequest given = body == null ? new PasswordChangeRequest(null, null) : body;
        accounts.changePassword(Caller.accountId(security), given.currentPassword(), given.newPassword(),
                request.getRemoteAddr());
        return Response.noContent().build();
    }
}
