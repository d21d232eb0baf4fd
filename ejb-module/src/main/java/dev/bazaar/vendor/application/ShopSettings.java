package dev.bazaar.vendor.application;

import java.time.Instant;
import java.util.Set;

import dev.bazaar.kernel.ForbiddenException;
import dev.bazaar.media.domain.ImageProcessing;
import dev.bazaar.media.domain.Images;
import dev.bazaar.media.domain.ProcessedImage;
import dev.bazaar.media.domain.StoredImage;
import dev.bazaar.vendor.domain.Vendor;
import dev.bazaar.vendor.domain.VendorStaff;
import dev.bazaar.vendor.domain.Vendors;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
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
    VendorStaff staff;

    @Inject
    Images images;

    @Resource
    SessionContext caller;

    public ShopSettingsView settings() {
        return ShopSettingsView.of(own(VendorStaff.MEMBERS));
    }

    public ShopSettingsView describe(String description, String returnPolicy) {
        Vendor vendor = own(VendorStaff.MANAGERS);
        vendor.describe(description, returnPolicy);
        return ShopSettingsView.of(vendor);
    }

    /** A new logo replaces the old one, which is deleted with its renditions. */
    public ShopSettingsView changeLogo(byte[] upload, String fileName) {
        Vendor vendor = own(VendorStaff.MANAGERS);
        ProcessedImage processed = ImageProcessing.process("file", upload);
        StoredImage logo = images.add(new StoredImage(vendor.id(), null, 0, vendor.name() + " logo", fileName, processed,
                callerName(), Instant.now()), processed);
        Long previous = vendor.logoImageId();
        vendor.changeLogo(logo.id());
        dropPicture(previous);
        return ShopSettingsView.of(vendor);
    }

    public ShopSettingsView removeLogo() {
        Vendor vendor = own(VendorStaff.MANAGERS);
        Long previous = vendor.logoImageId();
        vendor.changeLogo(null);
        dropPicture(previous);
        return ShopSettingsView.of(vendor);
    }

    private void dropPicture(Long imageId) {
        if (imageId != null) {
            vendors.flush();
            images.find(imageId).ifPresent(images::remove);
        }
    }

    private Vendor own(Set<String> roles) {
        long vendorId = staff.vendorOf(callerName(), roles)
                .orElseThrow(() -> new ForbiddenException(roles.contains("VENDOR_STAFF")
                        ? "Your account does not work for a shop"
                        : "Only a shop's owner and managers may change its settings"));
        return vendors.find(vendorId).orElseThrow();
    }

    private String callerName() {
        return caller.getCallerPrincipal().getName();
    }
}
