package dev.bazaar.api.v1;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import dev.bazaar.inventory.application.StockKeeping;
import dev.bazaar.inventory.application.StockLevelView;
import dev.bazaar.inventory.application.StockLocationView;
import dev.bazaar.kernel.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The caller's own shop's stock: locations, and each variant's stock per location. */
@Path("vendor")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
@RequestScoped
public class VendorStockResource {

    public record LocationRequest(@Schema(required = true, maxLength = 120) String name, @Schema(required = true, maxLength = 200) String line1,
                                  @Schema(required = true, maxLength = 100) String city, @Schema(required = true, maxLength = 20) String postalCode,
                                  @Schema(required = true, minLength = 2, maxLength = 2) String country) {
    }

    public record AdjustmentRequest(@Schema(required = true) Long locationId, @Schema(required = true) Integer delta,
                                    @Schema(required = true, maxLength = 200) String reason) {
    }

    public record CountRequest(@Schema(required = true, minimum = "0") Integer onHand, @Schema(required = true, maxLength = 200) String reason) {
    }

    @EJB
    StockKeeping stock;

    @GET
    @Path("stock-locations")
    @Operation(summary = "Your shop's stock locations")
    public List<StockLocationView> locations() {
        return stock.locations();
    }

    @POST
    @Path("stock-locations")
    @Operation(summary = "Add a stock location (owners and managers)")
    @APIResponse(responseCode = "201", description = "The location")
    @APIResponse(responseCode = "409", description = "You have a location of that name")
    @APIResponse(responseCode = "422", description = "A field breaks a rule")
    @APIResponseSchema(value = StockLocationView.class, responseCode = "201")
    public Response addLocation(LocationRequest body) {
        LocationRequest given = body == null ? new LocationRequest(null, null, null, null, null) : body;
        StockLocationView added = stock.addLocation(given.name(), given.line1(), given.city(), given.postalCode(), given.country());
        return Response.created(URI.create("v1/vendor/stock-locations")).entity(added).build();
    }

    @GET
    @Path("variants/{variantId: [0-9]{1,18}}/stock")
    @Operation(summary = "A variant's stock at each location")
    @APIResponse(responseCode = "404", description = "No such variant in your shop")
    public List<StockLevelView> levels(@PathParam("variantId") long variantId) {
        return stock.levels(variantId);
    }

    @POST
    @Path("variants/{variantId: [0-9]{1,18}}/stock-adjustments")
    @Operation(summary = "Count units in (+delta) or out (-delta) at a location, with a reason")
    @APIResponse(responseCode = "200", description = "The stock level as it is now")
    @APIResponse(responseCode = "404", description = "No such variant or location in your shop")
    @APIResponse(responseCode = "409", description = "It would leave fewer on hand than reserved for orders")
    @APIResponse(responseCode = "422", description = "It would leave a negative stock, or the reason is missing")
    public StockLevelView adjust(@PathParam("variantId") long variantId, AdjustmentRequest body) {
        if (body == null || body.locationId() == null || body.delta() == null) {
            throw new InvalidInputException(Map.of("locationId", "is required", "delta", "is required"));
        }
        return stock.adjust(variantId, body.locationId(), body.delta(), body.reason());
    }

    @PUT
    @Path("variants/{variantId: [0-9]{1,18}}/stock/{locationId: [0-9]{1,18}}")
    @Operation(summary = "Set the counted quantity on hand at a location, with a reason")
    public StockLevelView count(@PathParam("variantId") long variantId, @PathParam("locationId") long locationId,
                                CountRequest body) {
        if (body == null || body.onHand() == null) {
            throw new InvalidInputException("onHand", "is required");
        }
        return stock.setOnHand(variantId, locationId, body.onHand(), body.reason());
    }
}
