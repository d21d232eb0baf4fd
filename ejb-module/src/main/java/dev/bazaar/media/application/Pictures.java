package dev.bazaar.media.application;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.media.domain.ImageProcessing;
import dev.bazaar.media.domain.Images;
import dev.bazaar.media.domain.ProcessedImage;
import dev.bazaar.media.domain.StoredImage;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * How other contexts keep pictures: a product's gallery (ordered; the first is the one cards show) and
 * single pictures such as a shop's logo. Uploads are checked and scaled here; the caller has already
 * decided who may do it, and every change joins its transaction.
 */
@Dependent
public class Pictures {

    /** The largest upload a page or the API should accept before handing it over. */
    public static final int MAX_UPLOAD_BYTES = ImageProcessing.MAX_BYTES;

    @Inject
    Images images;

    /** Reads an upload up to {@link #MAX_UPLOAD_BYTES}; a larger one is refused by {@code field}. */
    public static byte[] readUpload(String field, InputStream in) {
        return ImageProcessing.readUpload(field, in);
    }

    public List<ImageView> gallery(long productId) {
        return images.ofProduct(productId).stream().map(ImageView::of).toList();
    }

    /** Adds a picture at the end of the product's gallery, which holds at most {@code limit}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImageView addToGallery(long vendorId, long productId, int limit, byte[] upload, String fileName, String altText,
                                  String by) {
        long count = images.countOfProduct(productId);
        if (count >= limit) {
            throw new ConflictException("images", "A product has at most " + limit + " pictures; remove one first");
        }
        String alt = altText(altText);
        ProcessedImage processed = ImageProcessing.process("file", upload);
        return ImageView.of(images.add(new StoredImage(vendorId, productId, (int) count, alt, fileName, processed, by,
                Instant.now()), processed));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void removeFromGallery(long productId, long imageId) {
        List<StoredImage> gallery = new ArrayList<>(images.ofProduct(productId));
        StoredImage image = picture(gallery, productId, imageId);
        gallery.remove(image);
        images.remove(image);
        renumber(gallery);
    }

    /**
     * Changes a picture's alt text (null keeps it) and/or moves it to {@code position} (null keeps it;
     * 0 is first; the others close up), together.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changeInGallery(long productId, long imageId, Integer position, String altText) {
        if (position == null && altText == null) {
            throw new InvalidInputException("position", "or altText is required");
        }
        List<StoredImage> gallery = new ArrayList<>(images.ofProduct(productId));
        StoredImage image = picture(gallery, productId, imageId);
        if (altText != null) {
            image.describe(altText(altText));
        }
        if (position != null) {
            if (position < 0 || position >= gallery.size()) {
                throw new InvalidInputException("position", "must be between 0 and " + (gallery.size() - 1));
            }
            gallery.remove(image);
            gallery.add(position, image);
            renumber(gallery);
        }
    }

    /**
     * Shows a stored picture on other products too (those without a picture of their own): each gets a
     * first gallery picture with its name as alt text, the renditions kept once. Returns how many got one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int shareWithProducts(long imageId, List<Long> productIds) {
        return images.share(imageId, productIds);
    }

    /** A picture of its own (a shop's logo): stored with its renditions; returns its id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long addSingle(long vendorId, String altText, byte[] upload, String fileName, String by) {
        ProcessedImage processed = ImageProcessing.process("file", upload);
        return images.add(new StoredImage(vendorId, null, 0, altText, fileName, processed, by, Instant.now()), processed).id();
    }

    /** Deletes a picture with its renditions (nothing when it is gone already). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(long imageId) {
        images.find(imageId).ifPresent(images::remove);
    }

    private static StoredImage picture(List<StoredImage> gallery, long productId, long imageId) {
        return gallery.stream().filter(i -> i.id() == imageId).findFirst()
                .orElseThrow(() -> new NotFoundException("No picture " + imageId + " on product " + productId));
    }

    private static void renumber(List<StoredImage> gallery) {
        for (int i = 0; i < gallery.size(); i++) {
            gallery.get(i).moveTo(i);
        }
    }

    private static String altText(String text) {
        try {
            return StoredImage.altText(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("altText", e.getMessage());
        }
    }
}
