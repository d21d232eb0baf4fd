package dev.bazaar.kernel;

/** Who someone is on Bazaar (see DESIGN.md). Vendor roles are scoped to one vendor. */
public enum Role {
    PLATFORM_ADMIN,
    VENDOR_OWNER,
    VENDOR_MANAGER,
    VENDOR_STAFF,
    CUSTOMER;

    public boolean isVendorRole() {
        return this == VENDOR_OWNER || this == VENDOR_MANAGER || this == VENDOR_STAFF;
    }
}
