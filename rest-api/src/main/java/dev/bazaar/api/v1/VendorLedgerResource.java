package dev.bazaar.api.v1;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.payment.application.LedgerEntryView;
import dev.bazaar.payment.application.ShopMoney;
import dev.bazaar.payment.domain.LedgerKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Your shop's ledger. Its own root, longer than {@link VendorStockResource}'s {@code vendor}. */
@Path("vendor/ledger")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
@RequestScoped
public class VendorLedgerResource {

    @EJB
    ShopMoney money;

    @GET
    @Operation(summary = "Your shop's ledger entries, newest first: sales, commission, refunds; filter by kind and from/to (UTC days,"
            + " both included)")
    @APIResponse(responseCode = "400", description = "An unknown kind, a date that is not like 2026-11-21, a page that is not a number")
    @APIResponse(responseCode = "422", description = "from is after to, or the page size is out of range")
    public PageResponse<LedgerEntryView> ledger(@QueryParam("kind") String kind, @QueryParam("from") String from,
                                                @QueryParam("to") String to, @QueryParam("page") String page,
                                                @QueryParam("size") String size) {
        return PageResponse.of(money.myEntries(EnumParameter.of(LedgerKind.class, "kind", kind), DateParameter.of("from", from),
                DateParameter.of("to", to), Paging.of(page, size)), e -> e);
    }
}
