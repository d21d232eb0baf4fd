package dev.bazaar.admin;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import dev.bazaar.catalog.application.BackOfficeCatalog;
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
import jakarta.inject.Named;

/** One product's page in the back office: its details, a price form, and the events it produced. */
@Named("productPrice")
@ViewScoped
public class ProductPriceView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EVENTS_SHOWN = 20;
    private static final String PRICE_FIELD = "priceForm:price";

    @EJB
    BackOfficeCatalog catalog;

    @EJB
    ProductPricing pricing;

    @EJB
    EventLog eventLog;

    private long id;
    private ProductView product;
    private String newPrice;

    /** f:viewAction: loads the product named by {@code ?id=}, or says it does not exist. */
    public void load() {
        try {
            product = catalog.product(id);
            newPrice = product.price().toDecimal().toPlainString();
        } catch (NotFoundException e) {
            product = null;
            message(null, FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
    }

    public void save() {
        try {
            Money price = Money.parse(newPrice, product.price().currencyCode());
            product = pricing.changePrice(product.id(), price);
            newPrice = product.price().toDecimal().toPlainString();
            message(null, FacesMessage.SEVERITY_INFO, "Price of " + product.name() + " is now "
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
        return product == null ? List.of() : eventLog.latest(String.valueOf(product.id()), EVENTS_SHOWN);
    }

    private static void message(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public ProductView getProduct() {
        return product;
    }

    public String getNewPrice() {
        return newPrice;
    }

    public void setNewPrice(String newPrice) {
        this.newPrice = newPrice;
    }
}
