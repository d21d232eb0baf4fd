package dev.bazaar.kernel;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Who someone is on Bazaar (see DESIGN.md). Vendor roles are scoped to one vendor. */
public enum Role {
    PLATFORM_ADMIN,
    VENDOR_OWNER,
    VENDOR_MANAGER,
    VENDOR_STAFF,
    CUSTOMER;

    /** Everyone who works in a shop. */
    public static final Set<Role> SHOP_MEMBERS = Collections.unmodifiableSet(EnumSet.of(VENDOR_OWNER, VENDOR_MANAGER, VENDOR_STAFF));

    /** Those who run a shop: they change its products, prices, locations, rates and settings. */
    public static final Set<Role> SHOP_MANAGERS = Collections.unmodifiableSet(EnumSet.of(VENDOR_OWNER, VENDOR_MANAGER));

    /** The shop's owner alone: they invite and remove members. */
    public static final Set<Role> SHOP_OWNER = Collections.unmodifiableSet(EnumSet.of(VENDOR_OWNER));

    public boolean isVendorRole() {
        return this == VENDOR_OWNER || this == VENDOR_MANAGER || this == VENDOR_STAFF;
    }
}
