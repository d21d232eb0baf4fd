package dev.bazaar.api.v1;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.payment.application.ShopStatements;
import dev.bazaar.payment.application.StatementView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Your shop's monthly statements. Its own root, longer than {@link VendorStockResource}'s {@code vendor}. */
@Path("vendor/statements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
@RequestScoped
public class VendorStatementsResource {

    @EJB
    ShopStatements statements;

    @GET
    @Path("{month}")
    @Operation(summary = "Your shop's statement of a month (UTC) in one currency: the opening balance, the month's entries oldest"
            + " first and their totals by kind, and the closing balance")
    @APIResponse(responseCode = "400", description = "A month that is not like 2026-11")
    @APIResponse(responseCode = "422", description = "No currency, one that is not an ISO 4217 code or that the shop never had money in,"
            + " or a month still to come")
    public StatementView statement(@PathParam("month") String month, @QueryParam("currency") String currency) {
        return statements.myStatement(MonthParameter.of("month", month), currency);
    }

    @GET
    @Path("{month}.csv")
    @Produces("text/csv")
    @Operation(summary = "The same statement as CSV, to file or open in a spreadsheet: the ledger export's columns, an opening"
            + " balance line, the month's entries, a total line per kind and the closing balance line")
    @APIResponse(responseCode = "200", description = "The statement, as a download named statement-<shop>-<month>-<currency>.csv")
    @APIResponse(responseCode = "400", description = "A month that is not like 2026-11")
    @APIResponse(responseCode = "422", description = "No currency, one that is not an ISO 4217 code or that the shop never had money in,"
            + " or a month still to come")
    public Response statementCsv(@PathParam("month") String month, @QueryParam("currency") String currency) {
        return StatementDownload.of(statements.myStatement(MonthParameter.of("month", month), currency));
    }
}
