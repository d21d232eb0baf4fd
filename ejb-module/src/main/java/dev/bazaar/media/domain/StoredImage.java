package dev.bazaar.media.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A picture a shop uploaded: whose it is, what it shows (alt text), and where it sits in a product's
 * gallery. Its renditions' bytes are stored beside it and never loaded with it.
 */
@Entity
@Table(name = "image")
public class StoredImage {

    public static final int MAX_ALT_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "vendor_id", nullable = false, updatable = false)
    private long vendorId;

    @Column(name = "product_id", updatable = false)
    private Long productId;

    @Column(nullable = false)
    private int position;

    @Column(name = "alt_text", length = MAX_ALT_LENGTH)
    private String altText;

    @Column(name = "original_name", length = 200)
    private String originalName;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "uploaded_by", nullable = false, length = 254)
    private String uploadedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected StoredImage() {
        // for JPA
    }

    /** A picture for a product's gallery ({@code productId} set) or a shop's logo (null). */
    public StoredImage(long vendorId, Long productId, int position, String altText, String originalName,
                       ProcessedImage processed, String uploadedBy, Instant now) {
        this.vendorId = vendorId;
        this.productId = productId;
        this.position = position;
        this.altText = altText(altText);
        this.originalName = originalName == null || originalName.isBlank() ? null
                : originalName.strip().substring(0, Math.min(200, originalName.strip().length()));
        this.width = processed.width();
        this.height = processed.height();
        this.uploadedBy = uploadedBy;
        this.createdAt = now;
    }

    /** Alt text is what a screen reader says; blank means none, longer than 200 characters is refused. */
    public static String altText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_ALT_LENGTH) {
            throw new IllegalArgumentException("must be at most " + MAX_ALT_LENGTH + " characters");
        }
        return stripped;
    }

    public void moveTo(int newPosition) {
        position = newPosition;
    }

    public void describe(String newAltText) {
        altText = altText(newAltText);
    }

    public Long id() {
        return id;
    }

    public long vendorId() {
        return vendorId;
    }

    public Long productId() {
        return productId;
    }

    public int position() {
        return position;
    }

    public String altText() {
        return altText;
    }

    public String originalName() {
        return originalName;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
