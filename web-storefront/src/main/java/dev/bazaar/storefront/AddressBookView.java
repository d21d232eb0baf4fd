package dev.bazaar.storefront;

import java.io.Serializable;
import java.util.List;

import dev.bazaar.identity.application.Accounts;
import dev.bazaar.identity.application.AddressBook;
import dev.bazaar.identity.application.AddressView;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.PostalAddress;
import dev.bazaar.web.AddressForm;
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
    private static final FieldLabels LABELS = FieldLabels.of("address", "recipient", "line1", "line2", "city", "region",
            "postalCode", "country", "phone");
    /** Field errors beside the form's fields; an address removed meanwhile (in another tab) is news, not an error. */
    private static Outcome outcome() {
        return Texts.besideFields("addressForm", LABELS).on(NotFoundException.class, e -> PageMessages.info(e.getMessage()));
    }

    @EJB
    Accounts accounts;

    @EJB
    AddressBook book;

    private long ownerId;
    private List<AddressView> addresses;
    private Long editing;
    private final AddressForm address = new AddressForm();
    private boolean defaultShipping;
    private boolean defaultBilling;

    @PostConstruct
    void load() {
        ownerId = accounts.current().id();
        refresh();
    }

    public void save() {
        PostalAddress postal = address.toPostalAddress();
        Long id = editing;
        if (outcome().after(NotFoundException.class, e -> startAgain()).report(() -> {
            if (id == null) {
                book.add(ownerId, postal, defaultShipping, defaultBilling);
            } else {
                book.update(ownerId, id, postal, defaultShipping, defaultBilling);
            }
        }, Texts.text(id == null ? "addresses.added" : "addresses.saved"))) {
            startAgain();
        }
    }

    public void edit(AddressView chosen) {
        editing = chosen.id();
        address.setRecipient(chosen.recipient());
        address.setLine1(chosen.line1());
        address.setLine2(chosen.line2());
        address.setCity(chosen.city());
        address.setRegion(chosen.region());
        address.setPostalCode(chosen.postalCode());
        address.setCountry(chosen.country());
        address.setPhone(chosen.phone());
        defaultShipping = chosen.defaultShipping();
        defaultBilling = chosen.defaultBilling();
    }

    public void remove(AddressView chosen) {
        outcome().report(() -> book.remove(ownerId, chosen.id()), Texts.text("addresses.removed"));
        refresh();
    }

    public void clearForm() {
        editing = null;
        address.clear();
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

    /** The address being added or edited. */
    public AddressForm getAddress() { return address; }
    public boolean isDefaultShipping() { return defaultShipping; }
    public void setDefaultShipping(boolean defaultShipping) { this.defaultShipping = defaultShipping; }
    public boolean isDefaultBilling() { return defaultBilling; }
    public void setDefaultBilling(boolean defaultBilling) { this.defaultBilling = defaultBilling; }
}
