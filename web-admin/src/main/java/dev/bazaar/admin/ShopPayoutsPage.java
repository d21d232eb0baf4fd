package dev.bazaar.admin;

import java.io.Serializable;

import org.primefaces.PrimeFaces;

import dev.bazaar.payment.application.StripeAccountView;
import dev.bazaar.payment.application.StripeAccounts;
import dev.bazaar.web.Outcome;
import dev.bazaar.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;

/**
 * The "Payouts" section of "My shop": the shop's Stripe account (Connect) and how far it is. The owner
 * connects it: Bazaar makes the account the first time and sends the owner to Stripe's onboarding,
 * which returns here ({@code ?stripe=return}, or {@code ?stripe=refresh} when its link had expired).
 */
@Named("shopPayouts")
@ViewScoped
public class ShopPayoutsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StripeAccounts accounts;

    private StripeAccountView account;

    @PostConstruct
    void load() {
        Outcome.summary().report(() -> account = accounts.myAccount(), null);
        String back = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("stripe");
        if ("return".equals(back) && account != null) {
            PageMessages.info(account.payoutsEnabled() ? "Your Stripe account is ready: sales will be paid out to it."
                    : "Back from Stripe. Stripe is still checking your details; this page shows where it stands.");
        } else if ("refresh".equals(back)) {
            PageMessages.warn("The link to Stripe had expired. Continue below to get a new one.");
        }
    }

    /**
     * Off to Stripe's onboarding (the owner only; the service says so to anyone else). The browser is sent
     * there by script after the answer: a redirect answering the form's post would break the pages'
     * {@code form-action 'self'}.
     */
    public void connect() {
        String[] url = new String[1];
        if (Outcome.summary().report(() -> url[0] = accounts.connect().url(), null)) {
            PrimeFaces.current().executeScript("window.location.assign(" + Json.createValue(url[0]) + ")");
        }
    }

    public StripeAccountView getAccount() {
        return account;
    }

    public boolean isOwner() {
        return CallerRoles.isShopOwner();
    }

    /** The account's state in words. */
    public String getStatusLabel() {
        if (account == null) {
            return "";
        }
        return switch (account.status()) {
            case "ACTIVE" -> "Connected: payouts enabled";
            case "RESTRICTED" -> "Stripe needs more details (" + account.requirementsDue() + " to give)";
            case "ONBOARDING" -> "Started: finish Stripe's form";
            default -> "Not connected";
        };
    }
}
