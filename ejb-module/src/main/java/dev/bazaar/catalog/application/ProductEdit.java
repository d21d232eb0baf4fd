package dev.bazaar.catalog.application;

/**
 * What the back office's product editor saves with its one Save, each part null when it was left
 * alone: new details, a variant added ({@code variantId} null) or changed, a new price for a product
 * with one variant (a decimal as typed), a stock change at one of the shop's locations, and a picture.
 */
public record ProductEdit(ProductInput details, Long variantId, VariantInput variant, String price, StockChange stock,
                          PictureUpload picture) {

    /** Units in, units out, or what a count found. */
    public enum StockKind { RECEIVE, REMOVE, COUNT }

    /** A change of one variant's stock at one location, with the reason the movement records. */
    public record StockChange(Long variantId, Long locationId, StockKind kind, Integer quantity, String reason) {
    }

    /** A picture for the end of the gallery, as uploaded. */
    public record PictureUpload(byte[] content, String fileName, String altText) {
    }

    /** Whether nothing is to be saved. */
    public boolean isEmpty() {
        return details == null && variant == null && price == null && stock == null && picture == null;
    }
}
