package dev.bazaar.storefront;

import java.io.Serializable;

import dev.bazaar.cart.application.ShoppingCart;
import dev.bazaar.catalog.application.ProductCatalog;
import dev.bazaar.catalog.application.ProductDetailView;
import dev.bazaar.catalog.application.VariantView;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.RichText;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A product's page at {@code /p/{slug}}: details, and a variant picker that shows the chosen
 * variant's price and availability ({@code ?variant=ID} makes a choice bookmarkable).
 */
@Named("productPage")
@ViewScoped
public class ProductPageView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int META_DESCRIPTION_LENGTH = 155;
    static final FieldLabels CART_LABELS = FieldLabels.of("cart", "quantity", "variantId");

    @EJB
    ProductCatalog catalog;

    @EJB
    ShoppingCart cart;

    @Inject
    CartNav cartNav;

    private String slug;
    private Long variantId;
    private ProductDetailView product;
    private int quantity = 1;
    private boolean added;

    /** f:viewAction: a product shoppers may not see (or none at all) is a plain 404 page. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            product = catalog.productDetailBySlug(slug);
            boolean known = variantId != null && product.variants().stream().anyMatch(v -> v.id() == variantId);
            if (!known) {
                variantId = product.variants().stream().filter(VariantView::inStock).findFirst()
                        .orElse(product.variants().get(0)).id();
            }
        } catch (NotFoundException e) {
            product = null;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /** Puts the chosen variant in the cart; what stands in the way (stock, currency) is said on the page. */
    public void addToCart() {
        added = Texts.sentences(CART_LABELS).report(() -> cartNav.remember(cart.add(cartNav.guestToken(), variantId, quantity)), null);
    }

    public boolean isAdded() {
        return added;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public VariantView getVariant() {
        return product == null ? null : product.variants().stream().filter(v -> v.id() == variantId).findFirst()
                .orElse(product.variants().get(0));
    }

    /** The first words of the description, for the page's meta description. */
    public String getMetaDescription() {
        if (product == null) {
            return Texts.text("product.notFoundDescription");
        }
        String text = RichText.plainText(product.descriptionHtml());
        String summary = Texts.text("product.metaDescription", product.name(), product.vendorName()) + (text.isBlank() ? "" : ": " + text);
        return summary.length() <= META_DESCRIPTION_LENGTH ? summary : summary.substring(0, META_DESCRIPTION_LENGTH - 1) + "…";
    }

    public ProductDetailView getProduct() {
        return product;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public Long getVariantId() {
        return variantId;
    }

    public void setVariantId(Long variantId) {
        this.variantId = variantId;
    }
}
