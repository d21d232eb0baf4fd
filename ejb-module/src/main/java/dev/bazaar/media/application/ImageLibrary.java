package dev.bazaar.media.application;

import java.util.Optional;

import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Role;
import dev.bazaar.media.domain.Images;
import dev.bazaar.media.domain.Rendition;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Hands out renditions: to anyone, only pictures shoppers may see (published products, trading shops'
 * logos); in the back office, a shop's staff their own shop's pictures in any state and platform
 * admins every picture. Anything else does not exist (404).
 */
@Stateless
public class ImageLibrary {

    /** Where the API serves published renditions, from the server's root; pages and API answers link here. */
    public static final String PUBLISHED_PATH = "/api/v1/images/";

    /** The sizes every picture is kept in: cards and lists show the thumbnail, product pages the large one. */
    public static final String THUMB = Rendition.THUMB;
    public static final String LARGE = Rendition.LARGE;

    @Inject
    Images images;

    @Inject
    CallerScope callers;

    public static String publishedUrl(long imageId, String size) {
        return PUBLISHED_PATH + imageId + "/" + size;
    }

    @PermitAll
    public Rendition published(long imageId, String size) {
        return found(imageId, size, Rendition.isSize(size) ? images.published(imageId, size) : Optional.empty());
    }

    @RolesAllowed({"PLATFORM_ADMIN", "VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
    public Rendition forBackOffice(long imageId, String size) {
        boolean admin = callers.isActiveAdmin();
        Optional<Long> ownShop = admin ? Optional.empty() : callers.shop(Role.SHOP_MEMBERS);
        return found(imageId, size, (Rendition.isSize(size) ? images.any(imageId, size) : Optional.<Images.OwnedRendition>empty())
                .filter(owned -> admin || ownShop.filter(shop -> shop == owned.vendorId()).isPresent())
                .map(Images.OwnedRendition::rendition));
    }

    private static Rendition found(long imageId, String size, Optional<Rendition> rendition) {
        return rendition.orElseThrow(() -> new NotFoundException("No picture " + imageId + " in size " + size));
    }
}
