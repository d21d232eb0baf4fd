package dev.bazaar.api.v1;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.bazaar.api.v1.ProductResponse.Price;
import dev.bazaar.api.v1.ProductResponse.Ref;
import dev.bazaar.catalog.application.ProductDetailView;
import dev.bazaar.catalog.application.VariantView;
import dev.bazaar.catalog.domain.OptionValue;
import dev.bazaar.catalog.domain.ProductAttribute;
import dev.bazaar.media.application.ImageLibrary;
import dev.bazaar.media.application.ImageView;

/** A whole product in API answers: details, attributes, variants with price and availability, and pictures. */
public record ProductDetailResponse(long id, String slug, String name, String descriptionHtml, String brand,
                                    String status, String statusReason, Ref vendor, Ref category, Price price,
                                    List<Attribute> attributes, List<Variant> variants, List<Picture> images, boolean featured,
                                    Instant publishedAt, Instant updatedAt) {

    /** A gallery picture with the addresses of its renditions (the first picture is the main one). */
    public record Picture(long id, String altText, int width, int height, String largeUrl, String thumbnailUrl) {

        static Picture of(ImageView image) {
            return new Picture(image.id(), image.altText(), image.width(), image.height(),
                    ImageLibrary.publishedUrl(image.id(), ImageLibrary.LARGE), ImageLibrary.publishedUrl(image.id(), ImageLibrary.THUMB));
        }
    }

    public record Attribute(String name, String kind, String value) {
    }

    public record Variant(long id, String sku, String title, Map<String, String> options, Price price,
                          Price compareAtPrice, Integer weightGrams, int lowStockThreshold, long available,
                          boolean inStock) {

        static Variant of(VariantView v) {
            Map<String, String> options = new LinkedHashMap<>();
            for (OptionValue option : v.options()) {
                options.put(option.name(), option.value());
            }
            return new Variant(v.id(), v.sku(), v.title(), options, Price.of(v.price()),
                    v.compareAt() == null ? null : Price.of(v.compareAt()), v.weightGrams(), v.lowStockThreshold(),
                    v.available(), v.inStock());
        }
    }

    static ProductDetailResponse of(ProductDetailView p) {
        return new ProductDetailResponse(p.id(), p.slug(), p.name(), p.descriptionHtml(), p.brand(), p.status(),
                p.statusReason(), new Ref(p.vendorSlug(), p.vendorName()),
                p.categorySlug() == null ? null : new Ref(p.categorySlug(), p.categoryName()), Price.of(p.price()),
                p.attributes().stream().map(ProductDetailResponse::attribute).toList(),
                p.variants().stream().map(Variant::of).toList(), p.images().stream().map(Picture::of).toList(), p.featured(), p.publishedAt(), p.updatedAt());
    }

    private static Attribute attribute(ProductAttribute a) {
        return new Attribute(a.name(), a.kind().name(), a.displayValue());
    }
}
