package dev.bazaar.api.v1;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.kernel.SecretTokens;
import dev.bazaar.vendor.application.InvitationView;
import dev.bazaar.vendor.application.ShopMembers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The invited person's side of a shop invitation: read what the mailed token offers, and accept it. */
@Path("shop-invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CUSTOMER", "PLATFORM_ADMIN", "VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
@RequestScoped
public class ShopInvitationsResource {

    /** The token from the mailed link. */
    public record TokenRequest(@Schema(required = true, maxLength = SecretTokens.MAX_LENGTH) String token) {
    }

    @EJB
    ShopMembers members;

    @POST
    @Path("lookup")
    @Operation(summary = "What an invitation offers: the shop, the role, the invited address, whether it is still open")
    @APIResponse(responseCode = "404", description = "No invitation has this token")
    public InvitationView lookup(TokenRequest body) {
        return members.invitation(body == null ? null : body.token());
    }

    @POST
    @Path("accept")
    @Operation(summary = "Accept: your account joins the shop in the invited role (sign in again for a token that carries it)")
    @APIResponse(responseCode = "403", description = "You are signed in with another address than the invited one")
    @APIResponse(responseCode = "404", description = "No invitation has this token")
    @APIResponse(responseCode = "409", description = "Used, withdrawn or expired; or your account works for another shop")
    @APIResponse(responseCode = "422", description = "No token")
    public InvitationView accept(TokenRequest body) {
        return members.accept(body == null ? null : body.token());
    }
}
