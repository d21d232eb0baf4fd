package dev.bazaar.admin;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import dev.bazaar.catalog.application.ProductDetailView;
import dev.bazaar.catalog.application.ProductPricing;
import dev.bazaar.catalog.application.ProductView;
import dev.bazaar.kernel.ForbiddenException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.platform.application.EventLog;
import dev.bazaar.platform.application.RecordedEventView;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
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
        try {
            Money price = Money.parse(newPrice, product.price().currencyCode());
            ProductView changed = pricing.changePrice(product.id(), price);
            editor.load();
            newPrice = changed.price().toDecimal().toPlainString();
            message(null, FacesMessage.SEVERITY_INFO, "Price of " + changed.name() + " is now "
                    + price.format(FacesContext.getCurrentInstance().getViewRoot().getLocale()) + ".");
        } catch (IllegalArgumentException e) {
            message(PRICE_FIELD, FacesMessage.SEVERITY_ERROR, e.getMessage());
        } catch (InvalidInputException e) {
            for (Map.Entry<String, String> error : e.fieldErrors().entrySet()) {
                message(PRICE_FIELD, FacesMessage.SEVERITY_ERROR, "The " + error.getKey() + " " + error.getValue());
            }
        } catch (NotFoundException | ForbiddenException e) {
            message(null, FacesMessage.SEVERITY_ERROR, e.getMessage());
        } catch (EJBAccessException e) {
            message(null, FacesMessage.SEVERITY_ERROR, "Your role may not change prices.");
        }
    }

    public List<RecordedEventView> getEvents() {
        ProductDetailView product = editor.getProduct();
        return product == null ? List.of() : eventLog.latest(String.valueOf(product.id()), EVENTS_SHOWN);
    }

    private static void message(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
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
