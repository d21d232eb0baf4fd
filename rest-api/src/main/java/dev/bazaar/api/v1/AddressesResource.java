package dev.bazaar.api.v1;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import dev.bazaar.identity.application.AddressBook;
import dev.bazaar.identity.application.AddressView;
import dev.bazaar.kernel.PhoneNumber;
import dev.bazaar.kernel.PostalAddress;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The caller's address book. Defaults move: marking an address the default shipping (or billing)
 * address takes that role from the previous one; the first address starts as both.
 */
@Path("me/addresses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"PLATFORM_ADMIN", "VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF", "CUSTOMER"})
@RequestScoped
public class AddressesResource {

    public record AddressRequest(@Schema(required = true, maxLength = 120) String recipient,
                                 @Schema(required = true, maxLength = 200) String line1, @Schema(maxLength = 200) String line2,
                                 @Schema(required = true, maxLength = 100) String city, @Schema(maxLength = 100) String region,
                                 @Schema(required = true, maxLength = 20) String postalCode,
                                 @Schema(required = true, minLength = 2, maxLength = 2) String country,
                                 @Schema(maxLength = PhoneNumber.MAX_LENGTH) String phone,
                                 Boolean defaultShipping, Boolean defaultBilling) {

        PostalAddress postal() {
            return new PostalAddress(recipient, line1, line2, city, region, postalCode, country, phone);
        }

        static AddressRequest orEmpty(AddressRequest body) {
            return body == null ? new AddressRequest(null, null, null, null, null, null, null, null, null, null) : body;
        }
    }

    @EJB
    AddressBook addressBook;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Your addresses")
    public List<AddressView> list() {
        return addressBook.list(Caller.accountId(security));
    }

    @POST
    @Operation(summary = "Add an address")
    @APIResponse(responseCode = "201", description = "The new address")
    @APIResponse(responseCode = "422", description = "A field breaks a rule; errors lists each one")
    @APIResponseSchema(value = AddressView.class, responseCode = "201")
    public Response add(AddressRequest body) {
        AddressRequest given = AddressRequest.orEmpty(body);
        AddressView added = addressBook.add(Caller.accountId(security), given.postal(),
                Boolean.TRUE.equals(given.defaultShipping()), Boolean.TRUE.equals(given.defaultBilling()));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @PUT
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "Replace an address")
    @APIResponse(responseCode = "200", description = "The address as it is now")
    @APIResponse(responseCode = "404", description = "No such address in your address book")
    @APIResponse(responseCode = "422", description = "A field breaks a rule")
    public AddressView update(@PathParam("id") long id, AddressRequest body) {
        AddressRequest given = AddressRequest.orEmpty(body);
        return addressBook.update(Caller.accountId(security), id, given.postal(),
                Boolean.TRUE.equals(given.defaultShipping()), Boolean.TRUE.equals(given.defaultBilling()));
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "Remove an address")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such address in your address book")
    public Response remove(@PathParam("id") long id) {
        addressBook.remove(Caller.accountId(security), id);
        return Response.noContent().build();
    }
}
