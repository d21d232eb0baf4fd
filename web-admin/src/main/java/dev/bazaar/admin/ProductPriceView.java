package dev.bazaar.admin;

import java.io.Serializable;

import dev.bazaar.catalog.application.ProductDetailView;
import dev.bazaar.catalog.application.ProductPricing;
import dev.bazaar.catalog.application.ProductView;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;
import dev.bazaar.web.Outcome;
import dev.bazaar.web.PageMessages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The product page's quick price change for a product with one variant: the row update and the
 * {@code product.updated} event commit together or not at all (the event log shows the event).
 */
@Named("productPrice")
@ViewScoped
public class ProductPriceView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PRICE_FIELD = "editorForm:tabs:newPrice";

    @EJB
    ProductPricing pricing;

    @Inject
    ProductEditorView editor;

    private String newPrice;

    /** Whether a new price is typed in (the product has one variant): the editor's one save then changes it. */
    boolean changeEntered() {
        ProductDetailView product = editor.getProduct();
        return newPrice != null && product != null && product.variants().size() == 1
                && !newPrice.strip().equals(product.price().toDecimal().toPlainString());
    }

    boolean save() {
        ProductDetailView product = editor.getProduct();
        return Outcome.summary()
                .on(IllegalArgumentException.class, e -> PageMessages.errorAt(PRICE_FIELD, e.getMessage()))
                .on(InvalidInputException.class, e -> e.fieldErrors().forEach((field, problem) ->
                        PageMessages.errorAt(PRICE_FIELD, "The " + field + " " + problem)))
                .on(EJBAccessException.class, e -> PageMessages.error("Your role may not change prices."))
                .report(() -> {
                    Money price = Money.parse(newPrice, product.price().currencyCode());
                    ProductView changed = pricing.changePrice(product.id(), price);
                    editor.load();
                    newPrice = changed.price().toDecimal().toPlainString();
                    PageMessages.info("Price of " + changed.name() + " is now "
                            + price.format(FacesContext.getCurrentInstance().getViewRoot().getLocale()) + ".");
                }, null);
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
