package dev.bazaar.storefront;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import dev.bazaar.identity.application.Accounts;
import dev.bazaar.identity.application.AddressBook;
import dev.bazaar.identity.application.AddressView;
import dev.bazaar.kernel.PostalAddress;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.web.Outcome;
import dev.bazaar.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** The signed-in shopper's address book: add, edit, remove, and choose the defaults. */
@Named("addressBook")
@ViewScoped
public class AddressBookView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> LABELS = Map.of("recipient", "Recipient", "line1", "Address",
            "line2", "Address line 2", "city", "City", "region", "Region", "postalCode", "Postal code",
            "country", "Country", "phone", "Phone");
    /** Field errors beside the form's fields; an address removed meanwhile (in another tab) is news, not an error. */
    private static final Outcome OUTCOME = Outcome.besideFields("addressForm", LABELS)
            .on(NotFoundException.class, e -> PageMessages.info(e.getMessage()));

    @EJB
    Accounts accounts;

    @EJB
    AddressBook book;

    private long ownerId;
    private List<AddressView> addresses;
    private Long editing;
    private String recipient;
    private String line1;
    private String line2;
    private String city;
    private String region;
    private String postalCode;
    private String country;
    private String phone;
    private boolean defaultShipping;
    private boolean defaultBilling;

    @PostConstruct
    void load() {
        ownerId = accounts.current().id();
        refresh();
    }

    public void save() {
        PostalAddress postal = new PostalAddress(recipient, line1, line2, city, region, postalCode, country, phone);
        Long id = editing;
        if (OUTCOME.after(NotFoundException.class, e -> startAgain()).report(() -> {
            if (id == null) {
                book.add(ownerId, postal, defaultShipping, defaultBilling);
            } else {
                book.update(ownerId, id, postal, defaultShipping, defaultBilling);
            }
        }, id == null ? "Address added." : "Address saved.")) {
            startAgain();
        }
    }

    public void edit(AddressView address) {
        editing = address.id();
        recipient = address.recipient();
        line1 = address.line1();
        line2 = address.line2();
        city = address.city();
        region = address.region();
        postalCode = address.postalCode();
        country = address.country();
        phone = address.phone();
        defaultShipping = address.defaultShipping();
        defaultBilling = address.defaultBilling();
    }

    public void remove(AddressView address) {
        OUTCOME.report(() -> book.remove(ownerId, address.id()), "Address removed.");
        refresh();
    }

    public void clearForm() {
        editing = null;
        recipient = line1 = line2 = city = region = postalCode = country = phone = null;
        defaultShipping = defaultBilling = false;
    }

    /** An empty form, and the list as it is now. */
    private void startAgain() {
        clearForm();
        refresh();
    }

    private void refresh() {
        addresses = book.list(ownerId);
    }

    /** Every ISO 3166 country, by its English name. */
    public List<SelectItem> getCountries() {
        return Choices.countries();
    }

    public List<AddressView> getAddresses() {
        return addresses;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
    public String getLine1() { return line1; }
    public void setLine1(String line1) { this.line1 = line1; }
    public String getLine2() { return line2; }
    public void setLine2(String line2) { this.line2 = line2; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public boolean isDefaultShipping() { return defaultShipping; }
    public void setDefaultShipping(boolean defaultShipping) { this.defaultShipping = defaultShipping; }
    public boolean isDefaultBilling() { return defaultBilling; }
    public void setDefaultBilling(boolean defaultBilling) { this.defaultBilling = defaultBilling; }
}
