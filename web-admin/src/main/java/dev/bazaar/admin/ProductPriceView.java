package dev.bazaar.admin;

import java.io.Serializable;
import java.util.List;

import dev.bazaar.catalog.application.ProductDetailView;
import dev.bazaar.catalog.application.ProductPricing;
import dev.bazaar.catalog.application.ProductView;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;
import dev.bazaar.platform.application.EventLog;
import dev.bazaar.platform.application.RecordedEventView;
import dev.bazaar.web.Outcome;
import dev.bazaar.web.PageMessages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The product page's quick price change for a product with one variant, and the events the product
 * produced: the row update and the {@code product.updated} event commit together or not at all.
 */
@Named("productPrice")
@ViewScoped
public class ProductPriceView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EVENTS_SHOWN = 20;
    private static final String PRICE_FIELD = "priceForm:price";

    @EJB
    ProductPricing pricing;

    @EJB
    EventLog eventLog;

    @Inject
    ProductEditorView editor;

    private String newPrice;

    public void save() {
        ProductDetailView product = editor.getProduct();
        Outcome.summary()
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

    public List<RecordedEventView> getEvents() {
        ProductDetailView product = editor.getProduct();
        return product == null ? List.of() : eventLog.latest(String.valueOf(product.id()), EVENTS_SHOWN);
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
