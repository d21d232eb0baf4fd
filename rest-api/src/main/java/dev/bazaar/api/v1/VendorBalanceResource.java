package dev.bazaar.api.v1;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.payment.application.BalanceView;
import dev.bazaar.payment.application.ShopMoney;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Your shop's money. Its own root, longer than {@link VendorStockResource}'s {@code vendor}. */
@Path("vendor/balance")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
@RequestScoped
public class VendorBalanceResource {

    @EJB
    ShopMoney money;

    @GET
    @Operation(summary = "Your shop's balance per currency: pending (not yet delivered and held for returns), available, and owed"
            + " (a negative available balance, which the next sales pay first)")
    @APIResponse(responseCode = "200", description = "One balance per currency the shop has money in; empty before its first sale")
    public List<BalanceView> balance() {
        return money.myBalances();
    }
}
