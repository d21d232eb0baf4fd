package dev.bazaar.vendor.application;

import java.time.Instant;

import dev.bazaar.identity.application.VendorStaffing;
import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.kernel.Role;
import dev.bazaar.notification.application.MailOutbox;
import dev.bazaar.platform.application.DomainEvent;
import dev.bazaar.platform.application.EventPublisher;
import dev.bazaar.vendor.domain.CommissionRate;
import dev.bazaar.vendor.domain.PlatformSettings;
import dev.bazaar.vendor.domain.Vendor;
import dev.bazaar.vendor.domain.VendorStatus;
import dev.bazaar.vendor.domain.Vendors;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;

/**
 * Platform admins decide on shops: approve or reject applications, suspend and reinstate shops, set
 * commission rates. Each decision, the applicant's new role, the mail telling them and the event
 * ({@code vendor.approved}, {@code vendor.suspended}) share one transaction.
 */
@Stateless
@RolesAllowed("PLATFORM_ADMIN")
public class VendorApproval {

    public static final String VENDOR_APPROVED = "vendor.approved";
    public static final String VENDOR_SUSPENDED = "vendor.suspended";

    @Inject
    Vendors vendors;

    @Inject
    PlatformSettings settings;

    @Inject
    VendorStaffing staffing;

    @Inject
    VendorMails mails;

    @Inject
    EventPublisher events;

    @EJB
    MailOutbox outbox;

    @Inject
    CallerScope callers;

    @Resource
    SessionContext caller;

    /** Shops of one status (null: all), oldest first, so PENDING reads as the queue of applications. */
    public Page<VendorView> vendors(VendorStatus status, String search, PageRequest page) {
        requireActiveAdmin();
        CommissionRate platformDefault = settings.defaultCommission();
        String text = search == null || search.isBlank() ? null : search.strip();
        return vendors.list(status, text, page).map(vendor -> VendorView.of(vendor, platformDefault));
    }

    public VendorView vendor(long vendorId) {
        requireActiveAdmin();
        return VendorView.of(find(vendorId), settings.defaultCommission());
    }

    /** Approves an application: the applicant becomes the shop's VENDOR_OWNER. */
    public VendorView approve(long vendorId) {
        requireActiveAdmin();
        Vendor vendor = findForDecision(vendorId);
        vendor.approve(Instant.now());
        String owner = staffing.grant(vendor.applicantId(), vendor.id(), Role.VENDOR_OWNER, callerName());
        outbox.queue(mails.approved(owner, vendor));
        publish(VENDOR_APPROVED, vendor);
        return VendorView.of(vendor, settings.defaultCommission());
    }

    public VendorView reject(long vendorId, String reason) {
        requireActiveAdmin();
        Vendor vendor = findForDecision(vendorId);
        vendor.reject(requireReason(reason), Instant.now());
        outbox.queue(mails.rejected(staffing.emailOf(vendor.applicantId()), vendor));
        return VendorView.of(vendor, settings.defaultCommission());
    }

    /** Suspends a shop: its products leave the storefront and the API at once. */
    public VendorView suspend(long vendorId, String reason) {
        requireActiveAdmin();
        Vendor vendor = findForDecision(vendorId);
        vendor.suspend(requireReason(reason), Instant.now());
        if (vendor.applicantId() != null) {
            outbox.queue(mails.suspended(staffing.emailOf(vendor.applicantId()), vendor));
        }
        publish(VENDOR_SUSPENDED, vendor);
        return VendorView.of(vendor, settings.defaultCommission());
    }

    /** Lifts a suspension: the shop trades again, announced as approved once more. */
    public VendorView reinstate(long vendorId) {
        requireActiveAdmin();
        Vendor vendor = findForDecision(vendorId);
        vendor.reinstate(Instant.now());
        publish(VENDOR_APPROVED, vendor);
        return VendorView.of(vendor, settings.defaultCommission());
    }

    /** A percentage such as "12.5" gives the shop its own rate; blank returns it to the platform default. */
    public VendorView changeCommission(long vendorId, String percent) {
        requireActiveAdmin();
        Vendor vendor = find(vendorId);
        vendor.changeCommission(percent == null || percent.isBlank() ? null : rate(percent));
        return VendorView.of(vendor, settings.defaultCommission());
    }

    public String defaultCommission() {
        requireActiveAdmin();
        return settings.defaultCommission().percent();
    }

    public String changeDefaultCommission(String percent) {
        requireActiveAdmin();
        CommissionRate rate = rate(percent);
        settings.changeDefaultCommission(rate);
        return rate.percent();
    }

    private void publish(String type, Vendor vendor) {
        events.publish(DomainEvent.now(type, String.valueOf(vendor.id()), Json.createObjectBuilder()
                .add("vendorId", vendor.id())
                .add("slug", vendor.slug())
                .add("status", vendor.status().name())
                .build()));
    }

    private static CommissionRate rate(String percent) {
        try {
            return CommissionRate.ofPercent(percent);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new InvalidInputException("commission", e.getMessage());
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "is required: the shop is told why");
        }
        if (reason.strip().length() > 2000) {
            throw new InvalidInputException("reason", "must be at most 2000 characters");
        }
        return reason;
    }

    private Vendor find(long vendorId) {
        return vendors.find(vendorId).orElseThrow(() -> new NotFoundException("No vendor with id " + vendorId));
    }

    private Vendor findForDecision(long vendorId) {
        return vendors.findForDecision(vendorId)
                .orElseThrow(() -> new NotFoundException("No vendor with id " + vendorId));
    }

    private void requireActiveAdmin() {
        callers.requireActive(Role.PLATFORM_ADMIN);
    }

    private String callerName() {
        return caller.getCallerPrincipal().getName();
    }
}
