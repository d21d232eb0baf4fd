package dev.bazaar.api.v1;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.ordering.application.ShippingRateInput;
import dev.bazaar.ordering.application.ShippingRateView;
import dev.bazaar.ordering.application.ShopShippingRates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Your shop's standard delivery per currency: every member reads what checkout charges (your own rate
 * or Bazaar's default); owners and managers set and remove your own.
 */
@Path("vendor/shipping-rates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
@RequestScoped
public class VendorShippingRatesResource {

    @EJB
    ShopShippingRates rates;

    @GET
    @Operation(summary = "What your shop's orders pay for delivery, per currency; source SHOP is your own rate, PLATFORM is Bazaar's default")
    @APIResponse(responseCode = "403", description = "Your account works for no shop")
    public List<ShippingRateView> list() {
        return rates.rates();
    }

    @PUT
    @Path("{currency}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set your own rate in a currency: flatRate (\"4.95\") and optional freeOver (\"50.00\"), both in that currency and zero or more")
    @APIResponse(responseCode = "200", description = "Your rate, which checkout charges from now on")
    @APIResponse(responseCode = "403", description = "Staff may not change rates")
    @APIResponse(responseCode = "422", description = "An unknown currency, or an amount that is missing, negative or not in the currency's decimals")
    public ShippingRateView set(@PathParam("currency") String currency, ShippingRateInput body) {
        return rates.set(currency, body);
    }

    @DELETE
    @Path("{currency}")
    @Operation(summary = "Remove your own rate in a currency: Bazaar's default applies again")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Staff may not change rates")
    @APIResponse(responseCode = "404", description = "Your shop has no rate of its own in the currency")
    public Response remove(@PathParam("currency") String currency) {
        rates.remove(currency);
        return Response.noContent().build();
    }
}
