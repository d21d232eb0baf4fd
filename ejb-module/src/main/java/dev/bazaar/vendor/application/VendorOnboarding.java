package dev.bazaar.vendor.application;

import java.time.Instant;

import dev.bazaar.identity.application.VendorStaffing;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.UniqueViolation;
import dev.bazaar.vendor.domain.PlatformSettings;
import dev.bazaar.vendor.domain.ShopApplication;
import dev.bazaar.vendor.domain.Vendor;
import dev.bazaar.vendor.domain.Vendors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

/**
 * A signed-in person applies to sell on Bazaar. The shop waits as PENDING, invisible to shoppers,
 * until a platform admin decides ({@link VendorApproval}). One live application or shop per person.
 */
@Stateless
@RolesAllowed({"PLATFORM_ADMIN", "VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF", "CUSTOMER"})
public class VendorOnboarding {

    static final String SLUG_TAKEN = "is taken by another shop";

    @Inject
    Vendors vendors;

    @Inject
    PlatformSettings settings;

    @Inject
    VendorStaffing staffing;

    public VendorView apply(long applicantId, ShopApplication application) {
        var problems = application.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (staffing.vendorOf(applicantId).isPresent()) {
            throw new ConflictException("account", "already works for a shop on Bazaar");
        }
        vendors.liveShopOf(applicantId).ifPresent(live -> {
            throw new ConflictException("account", "has an application or shop already (" + live.slug() + ", "
                    + live.status() + ")");
        });
        if (vendors.slugTaken(application.slug())) {
            throw new ConflictException("slug", SLUG_TAKEN);
        }
        try {
            Vendor vendor = vendors.add(Vendor.apply(application, applicantId, Instant.now()));
            return VendorView.of(vendor, settings.defaultCommission());
        } catch (PersistenceException e) {
            // a concurrent application took the slug, or filed one for this person, after the checks
            String violation = UniqueViolation.in(e).orElseThrow(() -> e);
            throw violation.contains("vendor_one_live_application")
                    ? new ConflictException("account", "has an application or shop already")
                    : new ConflictException("slug", SLUG_TAKEN);
        }
    }

    /** The caller's newest application, whatever became of it. */
    public VendorView myApplication(long applicantId) {
        return vendors.latestApplicationOf(applicantId)
                .map(vendor -> VendorView.of(vendor, settings.defaultCommission()))
                .orElseThrow(() -> new NotFoundException("You have not applied to sell on Bazaar"));
    }
}
