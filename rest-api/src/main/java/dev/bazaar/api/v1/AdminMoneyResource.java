package dev.bazaar.api.v1;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.payment.application.BalanceView;
import dev.bazaar.payment.application.LedgerEntryView;
import dev.bazaar.payment.application.ReconciliationView;
import dev.bazaar.payment.application.ShopMoney;
import dev.bazaar.payment.domain.LedgerKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The shops' money for platform admins. Its own root, longer than {@link AdminPaymentsResource}'s {@code admin}. */
@Path("admin/money")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("PLATFORM_ADMIN")
@RequestScoped
public class AdminMoneyResource {

    @EJB
    ShopMoney money;

    @GET
    @Path("balances")
    @Operation(summary = "Every shop's balance per currency; owing=true lists only the shops that owe")
    public List<BalanceView> balances(@QueryParam("owing") boolean owing) {
        return money.shopBalances(owing);
    }

    @GET
    @Path("shops/{vendorId}/ledger")
    @Operation(summary = "One shop's ledger entries, newest first; filter by kind and from/to (UTC days, both included)")
    @APIResponse(responseCode = "400", description = "A shop id, kind, date or page that cannot be read")
    @APIResponse(responseCode = "404", description = "No such shop")
    @APIResponse(responseCode = "422", description = "from is after to, or the page size is out of range")
    public PageResponse<LedgerEntryView> ledger(@PathParam("vendorId") String vendorId, @QueryParam("kind") String kind,
                                                @QueryParam("from") String from, @QueryParam("to") String to,
                                                @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(money.entriesOf(IdParameter.of("vendorId", vendorId), EnumParameter.of(LedgerKind.class, "kind", kind),
                DateParameter.of("from", from), DateParameter.of("to", to), Paging.of(page, size)), e -> e);
    }

    @GET
    @Path("reconciliation")
    @Operation(summary = "Per currency, what shoppers paid (by card and by hand) less refunds against the sum of every ledger entry;"
            + " balanced when the difference is zero")
    public List<ReconciliationView> reconciliation() {
        return money.reconciliation();
    }
}
