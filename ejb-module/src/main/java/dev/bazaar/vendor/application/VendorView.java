package dev.bazaar.vendor.application;

import java.time.Instant;

import dev.bazaar.vendor.domain.CommissionRate;
import dev.bazaar.vendor.domain.Vendor;

/** A vendor as its own staff and platform admins see it, with the commission rate that applies. */
public record VendorView(long id, String slug, String name, String status, String statusReason,
                         String legalName, String registrationNumber, String contactEmail, String contactPhone,
                         String country, String payoutCurrency, String description, String returnPolicy,
                         String commission, boolean ownCommission, Instant appliedAt, Instant decidedAt) {

    static VendorView of(Vendor vendor, CommissionRate platformDefault) {
        return new VendorView(vendor.id(), vendor.slug(), vendor.name(), vendor.status().name(), vendor.statusReason(),
                vendor.legalName(), vendor.registrationNumber(), vendor.contactEmail(), vendor.contactPhone(),
                vendor.country(), vendor.payoutCurrency(), vendor.description(), vendor.returnPolicy(),
                vendor.commission(platformDefault).percent(), vendor.hasOwnCommission(), vendor.createdAt(),
                vendor.decidedAt());
    }
}
