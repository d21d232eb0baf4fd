package dev.bazaar.api.v1;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import dev.bazaar.identity.application.VendorStaffing;
import dev.bazaar.kernel.EmailAddress;
import dev.bazaar.vendor.application.InvitationView;
import dev.bazaar.vendor.application.ShopMembers;
import dev.bazaar.vendor.application.ShopSettings;
import dev.bazaar.vendor.application.ShopSettingsView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The caller's own shop: its profile (description, return policy, logo; owners and managers change
 * them) and its team (members, and invitations the owner sends).
 */
@Path("vendor/shop")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
@RequestScoped
public class VendorShopResource {

    /** The shop's own words; the description may hold formatting HTML, which is sanitised. */
    public record ProfileRequest(@Schema(maxLength = 5000) String description,
            @Schema(maxLength = 5000) String returnPolicy) {
    }

    /** Whom to invite, and as what: VENDOR_MANAGER or VENDOR_STAFF. */
    public record InvitationRequest(@Schema(required = true, format = "email", maxLength = EmailAddress.MAX_LENGTH) String email,
            @Schema(required = true, enumeration = {"VENDOR_MANAGER", "VENDOR_STAFF"}) String role) {
    }

    @EJB
    ShopSettings settings;

    @EJB
    ShopMembers members;

    @GET
    @Operation(summary = "Your shop's settings")
    @APIResponse(responseCode = "403", description = "Your account works for no shop")
    public ShopSettingsView settings() {
        return settings.settings();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the description and return policy (each at most 5,000 characters)")
    @APIResponse(responseCode = "403", description = "Staff may not change settings")
    @APIResponse(responseCode = "422", description = "A text is too long")
    public ShopSettingsView describe(ProfileRequest body) {
        ProfileRequest given = body == null ? new ProfileRequest(null, null) : body;
        return settings.describe(given.description(), given.returnPolicy());
    }

    @PUT
    @Path("logo")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Replace the logo: multipart part 'file' (JPEG, PNG or GIF, at most 5 MB)")
    @APIResponse(responseCode = "422", description = "No file, an empty or oversize file, or not a picture")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(type = SchemaType.OBJECT,
            requiredProperties = "file", properties = {
                @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary", description = "JPEG, PNG or GIF, at most 5 MB")})))
    public ShopSettingsView logo(List<EntityPart> parts) {
        Multipart.Upload file = Multipart.picture(parts, "file");
        return settings.changeLogo(file.content(), file.fileName());
    }

    @GET
    @Path("members")
    @Operation(summary = "Everyone who works for your shop, with their role")
    public List<VendorStaffing.StaffMember> members() {
        return members.members();
    }

    @GET
    @Path("invitations")
    @Operation(summary = "Invitations not yet accepted or withdrawn (open ones and expired ones)")
    public List<InvitationView> invitations() {
        return members.invitations();
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite someone by e-mail to work for your shop (owner only); the mail carries a link valid for 7 days")
    @APIResponse(responseCode = "201", description = "The invitation; a mail is on its way")
    @APIResponse(responseCode = "403", description = "Only the owner invites")
    @APIResponse(responseCode = "409", description = "The address works for your shop already")
    @APIResponse(responseCode = "422", description = "Not an e-mail address, or a role other than VENDOR_MANAGER / VENDOR_STAFF")
    @APIResponseSchema(value = InvitationView.class, responseCode = "201")
    public Response invite(InvitationRequest body) {
        InvitationRequest given = body == null ? new InvitationRequest(null, null) : body;
        InvitationView invited = members.invite(given.email(), given.role());
        return Response.created(URI.create("v1/vendor/shop/invitations/" + invited.id())).entity(invited).build();
    }

    @DELETE
    @Path("invitations/{id: [0-9]{1,18}}")
    @Operation(summary = "Withdraw an invitation (owner only); its link stops working")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "No such invitation from your shop")
    public Response revoke(@PathParam("id") long id) {
        members.revoke(id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("logo")
    @Operation(summary = "Remove the logo")
    public ShopSettingsView removeLogo() {
        return settings.removeLogo();
    }
}
