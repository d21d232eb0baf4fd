package dev.bazaar.admin;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/**
 * What the signed-in person's roles let a page offer. Only for showing or hiding forms: the services
 * decide (and check again) what each role may do.
 */
final class CallerRoles {

    private CallerRoles() {
    }

    static boolean isPlatformAdmin() {
        return context().isUserInRole("PLATFORM_ADMIN");
    }

    static boolean isShopOwner() {
        return context().isUserInRole("VENDOR_OWNER");
    }

    /** A shop's owner or a manager: they change its products and settings (staff only read and keep stock). */
    static boolean managesShop() {
        ExternalContext context = context();
        return context.isUserInRole("VENDOR_OWNER") || context.isUserInRole("VENDOR_MANAGER");
    }

    private static ExternalContext context() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
