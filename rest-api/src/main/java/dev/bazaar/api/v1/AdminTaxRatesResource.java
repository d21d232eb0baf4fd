package dev.bazaar.api.v1;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.ordering.application.RateAdministration;
import dev.bazaar.ordering.application.TaxRateView;
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

/** Tax per destination country. A country with a rate is one Bazaar delivers to; checkout refuses the others. */
@Path("admin/tax-rates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("PLATFORM_ADMIN")
@RequestScoped
public class AdminTaxRatesResource {

    /** The rate in percent, at most two decimals: "21", "7.5"; whether prices are shown with it included (left out: unchanged). */
    public record TaxRateRequest(@Schema(required = true, maxLength = 8, description = "A percentage such as \"19\" or \"7.5\"") String percent,
            @Schema(description = "Shoppers shipping there see prices with the tax included (EU, UK); left out, it stays as it is")
            Boolean pricesIncludeTax) {
    }

    @EJB
    RateAdministration administration;

    @GET
    @Operation(summary = "Every country Bazaar delivers to, with its tax rate")
    public List<TaxRateView> list() {
        return administration.taxRates();
    }

    @PUT
    @Path("{country}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or change a country's tax rate (ISO 3166 two-letter code; percent from 0 to 100, at most two decimals)")
    @APIResponse(responseCode = "200", description = "The rate; orders to the country are taxed at it from now on")
    @APIResponse(responseCode = "422", description = "Not a country code, or not a percentage from 0 to 100")
    public TaxRateView set(@PathParam("country") String country, TaxRateRequest body) {
        return administration.setTaxRate(country, body == null ? null : body.percent(), body == null ? null : body.pricesIncludeTax());
    }

    @DELETE
    @Path("{country}")
    @Operation(summary = "Remove a country's tax rate: Bazaar no longer delivers there")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "The country has no rate")
    public Response remove(@PathParam("country") String country) {
        administration.removeTaxRate(country);
        return Response.noContent().build();
    }
}
