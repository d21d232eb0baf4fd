package dev.bazaar.api.v1;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.identity.application.AccountView;
import dev.bazaar.identity.application.Registration;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AuthResource {

    /** What registering takes. Missing fields arrive as null and are reported by name. */
    public record RegisterRequest(String email, String password, String name) {
    }

    @EJB
    Registration registration;

    @Context
    HttpServletRequest request;

    @POST
    @Path("register")
    @Operation(summary = "Open a customer account")
    @APIResponse(responseCode = "201", description = "The new account (its e-mail address not yet verified)")
    @APIResponse(responseCode = "400", description = "The body is not JSON")
    @APIResponse(responseCode = "409", description = "The e-mail address is already registered")
    @APIResponse(responseCode = "422", description = "A field breaks a rule; errors lists each one")
    public Response register(RegisterRequest body) {
        RegisterRequest given = body == null ? new RegisterRequest(null, null, null) : body;
        AccountView account = registration.registerCustomer(given.email(), given.password(), given.name(),
                request.getRemoteAddr());
        return Response.status(Response.Status.CREATED).entity(account).build();
    }
}
