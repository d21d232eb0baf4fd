package dev.bazaar.api.v1;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.identity.application.AccountView;
import dev.bazaar.identity.application.Accounts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** The caller's own account, as named by the subject of their access token. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class MeResource {

    @EJB
    Accounts accounts;

    @GET
    @RolesAllowed({"PLATFORM_ADMIN", "VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF", "CUSTOMER"})
    @Operation(summary = "The account the access token belongs to")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "401", description = "No token, or one that is expired, forged, from another issuer, or for a disabled account")
    public AccountView me(@Context SecurityContext security) {
        JsonWebToken token = (JsonWebToken) security.getUserPrincipal();
        return accounts.own(Long.parseLong(token.getSubject()));
    }
}
