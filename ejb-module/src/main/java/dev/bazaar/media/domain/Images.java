package dev.bazaar.media.domain;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Stores pictures with their renditions and reads renditions back. The bytes are written and read
 * with SQL of their own, so loading a picture's details never drags its bytes along.
 */
@Dependent
public class Images {

    /** A rendition with the shop it belongs to, for the back office's "is it yours?" check. */
    public record OwnedRendition(long vendorId, Rendition rendition) {
    }

    /** Visible to shoppers: a gallery picture of an active product of a trading shop, or such a shop's logo. */
    private static final String PUBLISHED = " and ((i.product_id is not null and exists (select 1 from product p"
            + " join vendor v on v.id = p.vendor_id where p.id = i.product_id and p.status = 'ACTIVE' and v.status = 'APPROVED'))"
            + " or exists (select 1 from vendor v where v.logo_image_id = i.id and v.status = 'APPROVED'))";

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    public StoredImage add(StoredImage image, ProcessedImage processed) {
        em.persist(image);
        em.flush();
        for (Rendition rendition : processed.renditions()) {
            em.createNativeQuery("insert into image_file (image_id, size, content_type, width, height, etag, content)"
                            + " values (:image, :size, :type, :width, :height, :etag, :content)")
                    .setParameter("image", image.id())
                    .setParameter("size", rendition.size())
                    .setParameter("type", rendition.contentType())
                    .setParameter("width", rendition.width())
                    .setParameter("height", rendition.height())
                    .setParameter("etag", rendition.etag())
                    .setParameter("content", rendition.content())
                    .executeUpdate();
        }
        return image;
    }

    /**
     * Gives each product (that has no picture yet) a first gallery picture showing the renditions of
     * {@code imageId}, described by the product's name; the bytes stay stored once. Returns how many
     * products got one.
     */
    public int share(long imageId, List<Long> productIds) {
        if (productIds.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("insert into image (vendor_id, product_id, position, alt_text, original_name, width, height,"
                        + " uploaded_by, created_at, renditions_of)"
                        + " select p.vendor_id, p.id, 0, left(p.name, " + StoredImage.MAX_ALT_LENGTH + "), s.original_name, s.width, s.height,"
                        + " s.uploaded_by, s.created_at, coalesce(s.renditions_of, s.id)"
                        + " from image s, product p where s.id = :image and p.id in (:products)"
                        + " and not exists (select 1 from image i where i.product_id = p.id)")
                .setParameter("image", imageId)
                .setParameter("products", productIds)
                .executeUpdate();
    }

    public Optional<StoredImage> find(long id) {
        return Optional.ofNullable(em.find(StoredImage.class, id));
    }

    /** A product's gallery, first picture first. */
    public List<StoredImage> ofProduct(long productId) {
        return em.createQuery("select i from StoredImage i where i.productId = :product order by i.position, i.id", StoredImage.class)
                .setParameter("product", productId)
                .getResultList();
    }

    public long countOfProduct(long productId) {
        return em.createQuery("select count(i) from StoredImage i where i.productId = :product", Long.class)
                .setParameter("product", productId)
                .getSingleResult();
    }

    public void remove(StoredImage image) {
        em.remove(image);
        em.flush();
    }

    /** The rendition, only if shoppers may see the picture. */
    public Optional<Rendition> published(long imageId, String size) {
        return rendition(imageId, size, PUBLISHED).map(OwnedRendition::rendition);
    }

    /** The rendition whatever its product's state, with its shop (the caller checks who asks). */
    public Optional<OwnedRendition> any(long imageId, String size) {
        return rendition(imageId, size, "");
    }

    private Optional<OwnedRendition> rendition(long imageId, String size, String condition) {
        List<?> rows = em.createNativeQuery("select i.vendor_id, f.size, f.content_type, f.width, f.height, f.etag, f.content"
                        + " from image i join image_file f on f.image_id = coalesce(i.renditions_of, i.id) where i.id = :image and f.size = :size" + condition)
                .setParameter("image", imageId)
                .setParameter("size", size)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new OwnedRendition(((Number) r[0]).longValue(), new Rendition((String) r[1], (String) r[2],
                    ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), (String) r[5], (byte[]) r[6]));
        });
    }
}
