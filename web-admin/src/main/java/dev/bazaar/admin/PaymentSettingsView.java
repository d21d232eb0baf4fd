package dev.bazaar.admin;

import java.io.Serializable;
import java.util.List;

import dev.bazaar.payment.application.CardSettings;
import dev.bazaar.payment.application.DisputeView;
import dev.bazaar.payment.application.PaymentAdministration;
import dev.bazaar.web.Outcome;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * "Payments" for platform admins: whether cards are offered and where Bazaar reaches Stripe (or the
 * offline stand-in), the keys with the secrets masked, and the disputes still open, each linked to its
 * order.
 */
@Named("paymentSettings")
@ViewScoped
public class PaymentSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PaymentAdministration administration;

    private CardSettings.Masked settings;
    private List<DisputeView> openDisputes = List.of();

    @PostConstruct
    void load() {
        Outcome.summary().report(() -> {
            settings = administration.settings();
            openDisputes = administration.openDisputes();
        }, null);
    }

    public CardSettings.Masked getSettings() {
        return settings;
    }

    public List<DisputeView> getOpenDisputes() {
        return openDisputes;
    }
}
