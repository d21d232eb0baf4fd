package dev.bazaar.api.v1;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import dev.bazaar.cart.application.CartView;
import dev.bazaar.cart.application.ShoppingCart;
import dev.bazaar.kernel.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The caller's cart. With an access token it is the customer's cart; without one, the guest cart
 * named by the {@value #TOKEN_HEADER} header, which the first added item issues (the same header
 * on that answer). After signing in, {@code POST /cart/merge} with the guest token takes the guest
 * cart into the customer's.
 */
@Path("cart")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@RequestScoped
public class CartResource {

    static final String TOKEN_HEADER = "X-Cart-Token";

    public record AddRequest(@Schema(required = true) Long variantId,
            @Schema(description = "1 when left out", minimum = "1", maximum = "999") Integer quantity) {
    }

    public record QuantityRequest(@Schema(required = true, minimum = "1", maximum = "999") Integer quantity) {
    }

    @EJB
    ShoppingCart cart;

    @GET
    @Operation(summary = "The cart, grouped by shop, re-checked against prices and stock, with notices of what changed")
    public CartView show(@HeaderParam(TOKEN_HEADER) String token) {
        return cart.show(token);
    }

    @POST
    @Path("items")
    @Operation(summary = "Add units of a variant (a variant already in the cart gets them added)")
    @APIResponse(responseCode = "201", description = "The cart; a new guest cart's token is in the X-Cart-Token header")
    @APIResponse(responseCode = "409", description = "Not that many in stock, or priced in another currency than the cart")
    @APIResponse(responseCode = "422", description = "No such variant on sale, or a quantity below 1 or above 999")
    @APIResponseSchema(value = CartView.class, responseCode = "201")
    public Response add(@HeaderParam(TOKEN_HEADER) String token, AddRequest body) {
        if (body == null || body.variantId() == null) {
            throw new InvalidInputException("variantId", "is required");
        }
        CartView view = cart.add(token, body.variantId(), body.quantity() == null ? 1 : body.quantity());
        Response.ResponseBuilder answer = Response.status(Response.Status.CREATED).entity(view);
        if (view.guestToken() != null) {
            answer.header(TOKEN_HEADER, view.guestToken());
        }
        return answer.build();
    }

    @PATCH
    @Path("items/{id: [0-9]{1,18}}")
    @Operation(summary = "Set a line's quantity")
    @APIResponse(responseCode = "404", description = "No such line in your cart")
    @APIResponse(responseCode = "409", description = "Not that many in stock")
    public CartView change(@HeaderParam(TOKEN_HEADER) String token, @PathParam("id") long lineId, QuantityRequest body) {
        if (body == null || body.quantity() == null) {
            throw new InvalidInputException(Map.of("quantity", "is required"));
        }
        return cart.change(token, lineId, body.quantity());
    }

    @DELETE
    @Path("items/{id: [0-9]{1,18}}")
    @Operation(summary = "Remove a line")
    @APIResponse(responseCode = "404", description = "No such line in your cart")
    public CartView remove(@HeaderParam(TOKEN_HEADER) String token, @PathParam("id") long lineId) {
        return cart.remove(token, lineId);
    }

    @POST
    @Path("merge")
    @RolesAllowed({"PLATFORM_ADMIN", "VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF", "CUSTOMER"})
    @Operation(summary = "Take the guest cart named by X-Cart-Token into your cart (quantities add up, capped by stock)")
    public CartView merge(@HeaderParam(TOKEN_HEADER) String token) {
        return cart.mergeGuestCart(token);
    }
}
