package dev.bazaar.storefront;

import java.io.Serializable;
import java.util.List;

import dev.bazaar.identity.application.Accounts;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.vendor.application.VendorOnboarding;
import dev.bazaar.vendor.application.VendorView;
import dev.bazaar.vendor.domain.ShopApplication;
import dev.bazaar.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** "Sell on Bazaar": the application form, and afterwards where the application stands. */
@Named("sell")
@ViewScoped
public class SellView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "applicationForm";
    private static final FieldLabels LABELS = FieldLabels.of("sell", "shopName", "slug", "legalName", "registrationNumber",
            "contactEmail", "contactPhone", "country", "payoutCurrency");

    @EJB
    Accounts accounts;

    @EJB
    VendorOnboarding onboarding;

    private long applicantId;
    private VendorView application;
    private String shopName;
    private String slug;
    private String legalName;
    private String registrationNumber;
    private String contactEmail;
    private String contactPhone;
    private String country;
    private String payoutCurrency;

    @PostConstruct
    void load() {
        var account = accounts.current();
        applicantId = account.id();
        contactEmail = account.email();
        try {
            application = onboarding.myApplication(applicantId);
        } catch (NotFoundException e) {
            application = null;
        }
    }

    public void apply() {
        Texts.besideFields(FORM, LABELS)
                .on(ConflictException.class, e -> {
                    if (e.fieldErrors().containsKey("slug")) {
                        PageMessages.besideFields(FORM, Texts.worded(e), LABELS.inPageLanguage());
                    } else {
                        PageMessages.error("Your account " + e.fieldErrors().values().iterator().next() + ".");
                    }
                })
                .attempt(() -> onboarding.apply(applicantId, new ShopApplication(shopName, slug, legalName,
                        registrationNumber, contactEmail, contactPhone, country, payoutCurrency)))
                .ifPresent(applied -> {
                    application = applied;
                    PageMessages.info(Texts.text("sell.applied", application.name()));
                });
    }

    /** Shows the form again after a rejection, so the person can apply anew. */
    public void applyAgain() {
        application = null;
    }

    public boolean isApplying() {
        return application == null;
    }

    public List<SelectItem> getCountries() {
        return Choices.countries();
    }

    public List<SelectItem> getPayoutCurrencies() {
        return Choices.payoutCurrencies();
    }

    public VendorView getApplication() {
        return application;
    }

    public String getShopName() {
        return shopName;
    }

    public void setShopName(String shopName) {
        this.shopName = shopName;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getPayoutCurrency() {
        return payoutCurrency;
    }

    public void setPayoutCurrency(String payoutCurrency) {
        this.payoutCurrency = payoutCurrency;
    }
}
