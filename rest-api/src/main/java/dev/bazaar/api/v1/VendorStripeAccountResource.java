package dev.bazaar.api.v1;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.payment.application.StripeAccountView;
import dev.bazaar.payment.application.StripeAccounts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Your shop's Stripe account (Connect), through which its card sales are paid out. */
@Path("vendor/stripe-account")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
@RequestScoped
public class VendorStripeAccountResource {

    @EJB
    StripeAccounts accounts;

    @GET
    @Operation(summary = "Your shop's Stripe account and how far it is: NOT_CONNECTED, ONBOARDING, RESTRICTED or ACTIVE",
            description = "Kept up to date by Stripe's account.updated webhook.")
    @APIResponse(responseCode = "200", description = "The account's state")
    public StripeAccountView account() {
        return accounts.myAccount();
    }

    @POST
    @Operation(summary = "A link to Stripe's onboarding for your shop's Express account (made the first time); owners only",
            description = "Open the url in a browser: Stripe asks for the shop's details and bank account, then returns to the"
                    + " back office. The link works once and expires within minutes; ask again for a new one.")
    @APIResponse(responseCode = "200", description = "The link and the account")
    @APIResponse(responseCode = "403", description = "Only the shop's owner connects its account")
    @APIResponse(responseCode = "422", description = "Stripe refused to make the account (for example the shop's country)")
    @APIResponse(responseCode = "503", description = "Stripe did not answer; nothing was changed. Try again after Retry-After")
    public StripeAccounts.OnboardingLink connect() {
        return accounts.connect();
    }
}
