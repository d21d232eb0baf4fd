package dev.bazaar.api.v1;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.ordering.application.RateAdministration;
import dev.bazaar.ordering.application.ShippingRateInput;
import dev.bazaar.ordering.application.ShippingRateView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Bazaar's default standard delivery per currency, for every shop without a rate of its own. */
@Path("admin/shipping-rates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("PLATFORM_ADMIN")
@RequestScoped
public class AdminShippingRatesResource {

    @EJB
    RateAdministration administration;

    @GET
    @Operation(summary = "The platform's default shipping rates, per currency")
    public List<ShippingRateView> list() {
        return administration.defaultShippingRates();
    }

    @PUT
    @Path("{currency}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the default in a currency: flatRate (\"4.95\") and optional freeOver (\"50.00\"), both in that currency and zero or more")
    @APIResponse(responseCode = "200", description = "The default; shops with their own rate in the currency keep theirs")
    @APIResponse(responseCode = "422", description = "An unknown currency, or an amount that is missing, negative or not in the currency's decimals")
    public ShippingRateView set(@PathParam("currency") String currency, ShippingRateInput body) {
        return administration.setDefaultShippingRate(currency, body);
    }
}
