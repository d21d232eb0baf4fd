package dev.bazaar.admin;

import java.io.Serializable;
import java.util.List;

import dev.bazaar.identity.application.VendorStaffing;
import dev.bazaar.inventory.application.StockKeeping;
import dev.bazaar.inventory.application.StockLocationView;
import dev.bazaar.media.application.Pictures;
import dev.bazaar.vendor.application.InvitationView;
import dev.bazaar.vendor.application.ShopMembers;
import dev.bazaar.vendor.application.ShopSettings;
import dev.bazaar.vendor.application.ShopSettingsView;
import dev.bazaar.web.AddressForm;
import dev.bazaar.web.Outcome;
import dev.bazaar.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

/** "My shop" in the back office: the public profile with its logo, the stock locations, and the team. */
@Named("shopSettings")
@ViewScoped
public class ShopSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ShopSettings settings;

    @EJB
    StockKeeping stock;

    @EJB
    ShopMembers team;

    private ShopSettingsView shop;
    private String description;
    private String returnPolicy;
    private transient Part logo;
    private List<StockLocationView> locations;
    private final LocationForm location = new LocationForm();
    private List<VendorStaffing.StaffMember> members;
    private List<InvitationView> invitations;
    private String inviteEmail;
    private String inviteRole = "VENDOR_STAFF";

    @PostConstruct
    void load() {
        Outcome.summary().report(() -> {
            show(settings.settings());
            locations = stock.locations();
            members = team.members();
            invitations = team.invitations();
        }, null);
    }

    public void invite() {
        String email = inviteEmail;
        if (Outcome.summary().report(() -> team.invite(email, inviteRole), "Invitation sent to " + email + ".")) {
            inviteEmail = null;
            invitations = team.invitations();
        }
    }

    public void revoke(InvitationView invitation) {
        if (Outcome.summary().report(() -> team.revoke(invitation.id()), "Invitation to " + invitation.email() + " withdrawn.")) {
            invitations = team.invitations();
        }
    }

    public boolean isOwner() {
        return CallerRoles.isShopOwner();
    }

    public List<VendorStaffing.StaffMember> getMembers() {
        return members;
    }

    public List<InvitationView> getInvitations() {
        return invitations;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public String getInviteRole() {
        return inviteRole;
    }

    public void setInviteRole(String inviteRole) {
        this.inviteRole = inviteRole;
    }

    public void saveProfile() {
        Outcome.summary().report(() -> show(settings.describe(description, returnPolicy)), "Profile saved.");
    }

    public void uploadLogo() {
        if (logo == null || logo.getSize() == 0) {
            PageMessages.error("Not done: choose a picture for the logo first.");
            return;
        }
        Outcome.summary().report(() -> show(settings.changeLogo(Uploads.read(logo, Pictures.MAX_UPLOAD_BYTES), logo.getSubmittedFileName())),
                "Logo changed.");
    }

    public void removeLogo() {
        Outcome.summary().report(() -> show(settings.removeLogo()), "Logo removed.");
    }

    public void addLocation() {
        if (Outcome.summary().report(() -> stock.addLocation(location.getName(), location.getLine1(), location.getCity(),
                location.getPostalCode(), location.getCountry()), "Stock location " + location.getName() + " added.")) {
            location.clear();
            locations = stock.locations();
        }
    }

    private void show(ShopSettingsView shown) {
        shop = shown;
        description = shown.description();
        returnPolicy = shown.returnPolicy();
    }

    /** The logo as the back office shows it (it is public only while the shop trades). */
    public String getLogoUrl() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return shop == null || shop.logoImageId() == null ? null
                : ImageServlet.url(context.getRequestContextPath(), shop.logoImageId(), "thumb");
    }

    public boolean isEditable() {
        return CallerRoles.managesShop();
    }

    public ShopSettingsView getShop() {
        return shop;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getReturnPolicy() {
        return returnPolicy;
    }

    public void setReturnPolicy(String returnPolicy) {
        this.returnPolicy = returnPolicy;
    }

    public Part getLogo() {
        return logo;
    }

    public void setLogo(Part logo) {
        this.logo = logo;
    }

    public List<StockLocationView> getLocations() {
        return locations;
    }

    public LocationForm getLocation() {
        return location;
    }

    /** A new stock location as typed: its name, and the street, postal code, city and country of an address form. */
    public static class LocationForm extends AddressForm {

        private static final long serialVersionUID = 1L;

        private String name;

        @Override
        public void clear() {
            super.clear();
            name = null;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }
}
