package dev.bazaar.vendor.application;

import java.util.Set;

import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.Role;
import dev.bazaar.media.application.Pictures;
import dev.bazaar.vendor.domain.Vendor;
import dev.bazaar.vendor.domain.Vendors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * A shop's own profile, kept by its owner and managers: description, return policy and logo. Staff may
 * read it. The shop is always the caller's own, read live from their account; there is no way to name
 * another.
 */
@Stateless
@RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
public class ShopSettings {

    @Inject
    Vendors vendors;

    @Inject
    CallerScope callers;

    @Inject
    Pictures pictures;

    public ShopSettingsView settings() {
        return ShopSettingsView.of(own(Role.SHOP_MEMBERS));
    }

    public ShopSettingsView describe(String description, String returnPolicy) {
        Vendor vendor = own(Role.SHOP_MANAGERS);
        vendor.describe(description, returnPolicy);
        return ShopSettingsView.of(vendor);
    }

    /** A new logo replaces the old one, which is deleted with its renditions. */
    public ShopSettingsView changeLogo(byte[] upload, String fileName) {
        Vendor vendor = own(Role.SHOP_MANAGERS);
        long logo = pictures.addSingle(vendor.id(), vendor.name() + " logo", upload, fileName, callers.email());
        Long previous = vendor.logoImageId();
        vendor.changeLogo(logo);
        dropPicture(previous);
        return ShopSettingsView.of(vendor);
    }

    public ShopSettingsView removeLogo() {
        Vendor vendor = own(Role.SHOP_MANAGERS);
        Long previous = vendor.logoImageId();
        vendor.changeLogo(null);
        dropPicture(previous);
        return ShopSettingsView.of(vendor);
    }

    private void dropPicture(Long imageId) {
        if (imageId != null) {
            vendors.flush();
            pictures.remove(imageId);
        }
    }

    private Vendor own(Set<Role> roles) {
        long vendorId = callers.shop(roles, roles.contains(Role.VENDOR_STAFF)
                ? "Your account does not work for a shop" : "Only a shop's owner and managers may change its settings");
        return vendors.find(vendorId).orElseThrow();
    }

    }
