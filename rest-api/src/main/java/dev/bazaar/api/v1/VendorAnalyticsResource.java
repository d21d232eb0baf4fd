package dev.bazaar.api.v1;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.analytics.application.SalesReport;
import dev.bazaar.analytics.application.SalesReporting;
import dev.bazaar.analytics.domain.Period;
import dev.bazaar.analytics.domain.ProductRanking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Your shop's sales figures. Its own root ({@code vendor/analytics}, longer than
 * {@link VendorStockResource}'s {@code vendor}), so JAX-RS picks it for these paths.
 */
@Path("vendor/analytics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
@RequestScoped
public class VendorAnalyticsResource {

    @EJB
    SalesReporting reporting;

    @GET
    @Path("sales")
    @Operation(summary = "Your shop's sales over the last `days` UTC days (default 30, 1 to 366): totals, a daily series and"
            + " the 10 best-selling products, per currency; `rank` = units (default) or amount")
    @APIResponse(responseCode = "400", description = "days is not a whole number, or rank is neither units nor amount")
    @APIResponse(responseCode = "422", description = "days is out of range")
    public SalesReport sales(@Parameter(description = "How many UTC days back from today", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "366", defaultValue = "30")) @QueryParam("days") String days, @Parameter(schema = @Schema(implementation = ProductRanking.class)) @QueryParam("rank") String rank) {
        return reporting.shopSales(Paging.number("days", days, Period.DEFAULT_DAYS),
                EnumParameter.of(ProductRanking.class, "rank", rank));
    }
}
