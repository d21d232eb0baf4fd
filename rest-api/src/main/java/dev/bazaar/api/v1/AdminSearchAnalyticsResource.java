package dev.bazaar.api.v1;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.catalog.application.SearchAnalytics;
import dev.bazaar.catalog.application.SearchReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** What shoppers search for, for platform admins: counted per day, without who searched (docs/adr/0023). */
@Path("admin/search/analytics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("PLATFORM_ADMIN")
@RequestScoped
public class AdminSearchAnalyticsResource {

    @EJB
    SearchAnalytics analytics;

    @GET
    @Operation(summary = "Search analytics from `from` to `to` (UTC days, both included; by default the last 30 days): per day the searches,"
            + " those that found nothing and clicks on a found product; the 20 top queries, the 20 queries that found nothing most often"
            + " and the 20 products searches led to most; with `query`, only the queries containing those words."
            + " Queries are normalised (lower-case words); counts reach it within seconds.")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "422", description = "from or to is not a date, to is before from, the range is over 366 days, or query is over 200 characters (by name)")
    public SearchReport report(@Parameter(description = "First day (UTC), inclusive", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
                               @Parameter(description = "Last day (UTC), inclusive", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
                               @Parameter(description = "Only queries containing these words", schema = @Schema(type = SchemaType.STRING, maxLength = 200)) @QueryParam("query") String query) {
        return analytics.report(from, to, query);
    }
}
