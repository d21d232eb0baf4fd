package dev.bazaar.admin;

import java.io.Serializable;

import dev.bazaar.catalog.application.ProductDetailView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The product page's quick price change for a product with one variant, saved by the editor's one Save
 * ({@link ProductEditorSave}): the row update and the {@code product.updated} event commit together with
 * the rest of the save or not at all (the event log shows the event).
 */
@Named("productPrice")
@ViewScoped
public class ProductPriceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProductEditorView editor;

    private String newPrice;

    /** Whether a new price is typed in (the product has one variant): the editor's one save then changes it. */
    boolean changeEntered() {
        ProductDetailView product = editor.getProduct();
        return newPrice != null && product != null && product.variants().size() == 1
                && !newPrice.strip().equals(product.price().toDecimal().toPlainString());
    }

    /** After a save that changed the price: the field shows it, and the message says it. */
    String saved(ProductDetailView saved) {
        newPrice = saved.price().toDecimal().toPlainString();
        return "Price of " + saved.name() + " is now " + saved.price().format(FacesContext.getCurrentInstance().getViewRoot().getLocale()) + ".";
    }

    public String getNewPrice() {
        if (newPrice == null && editor.getProduct() != null) {
            newPrice = editor.getProduct().price().toDecimal().toPlainString();
        }
        return newPrice;
    }

    public void setNewPrice(String newPrice) {
        this.newPrice = newPrice;
    }
}
