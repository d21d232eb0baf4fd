package dev.bazaar.admin;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;

import dev.bazaar.catalog.application.BackOfficeCatalog;
import dev.bazaar.catalog.application.CategoryNode;
import dev.bazaar.catalog.application.ProductCatalog;
import dev.bazaar.catalog.application.ProductDetailView;
import dev.bazaar.catalog.application.ProductInput;
import dev.bazaar.catalog.application.ProductModeration;
import dev.bazaar.catalog.application.VariantInput;
import dev.bazaar.catalog.application.VariantView;
import dev.bazaar.catalog.application.VendorProducts;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.web.Outcome;
import dev.bazaar.web.PageMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * One product in the back office. Its shop's owner and managers edit the details and variants and
 * move it through review; platform admins approve, reject and feature it. The services decide who may
 * do what; this page only offers what the caller's role allows.
 */
@Named("editor")
@ViewScoped
public class ProductEditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    BackOfficeCatalog catalog;

    @EJB
    VendorProducts vendorProducts;

    @EJB
    ProductModeration moderation;

    @EJB
    ProductCatalog categories;

    private long id;
    private ProductDetailView product;
    private final DetailsForm details = new DetailsForm();
    private final VariantForm variant = new VariantForm();
    private Long editingVariantId;
    private String rejectReason;
    private List<CategoryNode> categoryTree;

    /** f:viewAction: loads the product named by {@code ?id=}, or says it does not exist. */
    public void load() {
        try {
            show(catalog.productDetail(id));
        } catch (NotFoundException e) {
            product = null;
            PageMessages.error(e.getMessage());
        }
    }

    /** Whether the details differ from the product's (the editor's one save then saves them). */
    boolean detailsChanged() {
        DetailsForm saved = new DetailsForm();
        saved.fill(product);
        return isEditable() && !saved.sameAs(details);
    }

    /** Whether a variant is being added or changed (its SKU is filled in). */
    boolean variantEntered() {
        return isEditable() && variant.getSku() != null && !variant.getSku().isBlank();
    }

    public void newVariant() {
        editingVariantId = null;
        variant.clear();
    }

    public void editVariant(VariantView chosen) {
        editingVariantId = chosen.id();
        variant.fill(chosen);
    }

    public void removeVariant(VariantView chosen) {
        Outcome.summary().report(() -> show(vendorProducts.removeVariant(id, chosen.id())), "Variant " + chosen.sku() + " removed.");
    }

    public void submit() {
        Outcome.summary().report(() -> show(vendorProducts.submitForReview(id)), "Sent for review: a platform admin will look at it soon.");
    }

    public void archive() {
        Outcome.summary().report(() -> show(vendorProducts.archive(id)), "Archived: shoppers no longer see it.");
    }

    public void restore() {
        Outcome.summary().report(() -> show(vendorProducts.restore(id)), "Restored as a draft.");
    }

    public void approve() {
        Outcome.summary().report(() -> show(moderation.approve(id)), "Approved: it is on the storefront now.");
    }

    public void reject() {
        if (Outcome.summary().report(() -> show(moderation.reject(id, rejectReason)), "Rejected; the shop sees your reason.")) {
            rejectReason = null;
        }
    }

    public void toggleFeatured() {
        boolean feature = !product.featured();
        Outcome.summary().report(() -> show(moderation.feature(id, feature)),
                feature ? "Featured on the home page." : "No longer featured.");
    }

    /** Called by the picture and stock parts of the page after they change the product. */
    void show(ProductDetailView shown) {
        product = shown;
        details.fill(shown);
    }

    public boolean isAdmin() {
        return CallerRoles.isPlatformAdmin();
    }

    /** Owners and managers of the product's shop edit it; staff and admins read it. */
    public boolean isEditable() {
        return product != null && !isAdmin() && CallerRoles.managesShop();
    }

    public List<CategoryNode> getCategories() {
        if (categoryTree == null) {
            categoryTree = categories.categoryTree();
        }
        return categoryTree;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public ProductDetailView getProduct() {
        return product;
    }

    public DetailsForm getDetails() {
        return details;
    }

    public VariantForm getVariant() {
        return variant;
    }

    public Long getEditingVariantId() {
        return editingVariantId;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(String rejectReason) {
        this.rejectReason = rejectReason;
    }

    /** The details form's fields, as typed. */
    public static class DetailsForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private String slug;
        private String brand;
        private String categorySlug;
        private String description;
        private String attributes;

        ProductInput input() {
            return new ProductInput(name, slug, description, brand, categorySlug, ProductForms.attributes(attributes));
        }

        void fill(ProductDetailView p) {
            name = p.name();
            slug = p.slug();
            brand = p.brand();
            categorySlug = p.categorySlug();
            description = p.descriptionHtml();
            attributes = ProductForms.attributes(p.attributes());
        }

        /** Whether both hold the same details, however a browser sent the line ends and the spaces around them. */
        boolean sameAs(DetailsForm other) {
            return typed().equals(other.typed());
        }

        private List<String> typed() {
            return Stream.of(name, slug, brand, categorySlug, description, attributes)
                    .map(text -> text == null ? "" : text.replace("\r\n", "\n").strip()).toList();
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getSlug() {
            return slug;
        }

        public void setSlug(String slug) {
            this.slug = slug;
        }

        public String getBrand() {
            return brand;
        }

        public void setBrand(String brand) {
            this.brand = brand;
        }

        public String getCategorySlug() {
            return categorySlug;
        }

        public void setCategorySlug(String categorySlug) {
            this.categorySlug = categorySlug;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getAttributes() {
            return attributes;
        }

        public void setAttributes(String attributes) {
            this.attributes = attributes;
        }
    }

    /** The variant form's fields, as typed: options as {@code size=M, colour=Blue}. */
    public static class VariantForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String sku;
        private String options;
        private String price;
        private String compareAtPrice;
        private Integer weightGrams;
        private Integer lowStockThreshold;

        VariantInput input() {
            return new VariantInput(sku, VariantInput.options(options), price, null, compareAtPrice, weightGrams, lowStockThreshold);
        }

        void fill(VariantView v) {
            sku = v.sku();
            options = ProductForms.options(v.options());
            price = v.price().toDecimal().toPlainString();
            compareAtPrice = v.compareAt() == null ? null : v.compareAt().toDecimal().toPlainString();
            weightGrams = v.weightGrams();
            lowStockThreshold = v.lowStockThreshold();
        }

        void clear() {
            sku = null;
            options = null;
            price = null;
            compareAtPrice = null;
            weightGrams = null;
            lowStockThreshold = null;
        }

        public String getSku() {
            return sku;
        }

        public void setSku(String sku) {
            this.sku = sku;
        }

        public String getOptions() {
            return options;
        }

        public void setOptions(String options) {
            this.options = options;
        }

        public String getPrice() {
            return price;
        }

        public void setPrice(String price) {
            this.price = price;
        }

        public String getCompareAtPrice() {
            return compareAtPrice;
        }

        public void setCompareAtPrice(String compareAtPrice) {
            this.compareAtPrice = compareAtPrice;
        }

        public Integer getWeightGrams() {
            return weightGrams;
        }

        public void setWeightGrams(Integer weightGrams) {
            this.weightGrams = weightGrams;
        }

        public Integer getLowStockThreshold() {
            return lowStockThreshold;
        }

        public void setLowStockThreshold(Integer lowStockThreshold) {
            this.lowStockThreshold = lowStockThreshold;
        }
    }
}
