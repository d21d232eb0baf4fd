package dev.bazaar.admin;

import java.io.Serializable;
import java.util.List;

import dev.bazaar.catalog.application.CategoryNode;
import dev.bazaar.catalog.application.ProductCatalog;
import dev.bazaar.catalog.application.ProductDetailView;
import dev.bazaar.catalog.application.VendorProducts;
import dev.bazaar.web.Outcome;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** Starting a product: its details and first variant make a DRAFT, then the product page takes over. */
@Named("newProduct")
@ViewScoped
public class NewProductView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    VendorProducts products;

    @EJB
    ProductCatalog catalog;

    private final ProductEditorView.DetailsForm details = new ProductEditorView.DetailsForm();
    private final ProductEditorView.VariantForm variant = new ProductEditorView.VariantForm();

    public String create() {
        ProductDetailView[] created = new ProductDetailView[1];
        if (!Outcome.summary().report(() -> created[0] = products.create(details.input(), List.of(variant.input())),
                "Draft " + details.getName() + " created. Add pictures, more variants and stock, then send it for review.")) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "product?faces-redirect=true&id=" + created[0].id();
    }

    public List<CategoryNode> getCategories() {
        return catalog.categoryTree();
    }

    public ProductEditorView.DetailsForm getDetails() {
        return details;
    }

    public ProductEditorView.VariantForm getVariant() {
        return variant;
    }
}
