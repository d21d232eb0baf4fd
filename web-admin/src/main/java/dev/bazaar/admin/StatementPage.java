package dev.bazaar.admin;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;

import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.payment.application.LedgerCsv;
import dev.bazaar.payment.application.ShopStatements;
import dev.bazaar.payment.application.StatementCsv;
import dev.bazaar.payment.application.StatementView;
import dev.bazaar.web.Outcome;
import dev.bazaar.web.PageMessages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * A shop's printable monthly statement ({@code ?month=2026-11&currency=NOK}, the caller's own shop;
 * admins add {@code &shop=<id>}, which for a shop's members must be their own: another shop's is a 404)
 * and its CSV download.
 */
@Named("statement")
@ViewScoped
public class StatementPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ShopStatements statements;

    private String month;
    private String currency;
    private String shop;
    private StatementView view;

    /** f:viewAction: reads the statement the address names; a bad month or currency is a message, another shop a 404. */
    public void load() {
        YearMonth which;
        Long vendorId;
        try {
            which = YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            PageMessages.error("Month: give a month like 2026-11.");
            return;
        }
        try {
            vendorId = shop == null || shop.isBlank() ? null : Long.valueOf(shop.strip());
        } catch (NumberFormatException e) {
            notFound();
            return;
        }
        view = Outcome.sentences(Map.of("month", "Month", "currency", "Currency"))
                .on(NotFoundException.class, e -> notFound())
                .attempt(() -> vendorId == null ? statements.myStatement(which, currency) : statements.statementOf(vendorId, which, currency))
                .orElse(null);
    }

    public void exportCsv() throws IOException {
        CsvDownload.of("statement-" + view.vendorId() + "-" + view.month() + "-" + view.currency(), LedgerCsv.HEADER,
                StatementCsv.rows(view), row -> row);
    }

    /** Another shop's statement, or no shop's: the back office's 404 page, as for an address that does not exist. */
    private static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "No such shop");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public StatementView getView() {
        return view;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getShop() {
        return shop;
    }

    public void setShop(String shop) {
        this.shop = shop;
    }
}
