package dev.bazaar.admin;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.bazaar.catalog.application.BackOfficeCatalog;
import dev.bazaar.catalog.application.ImportReport;
import dev.bazaar.catalog.application.ProductBulkActions;
import dev.bazaar.catalog.application.ProductImport;
import dev.bazaar.catalog.application.ProductView;
import dev.bazaar.catalog.domain.ProductStatus;
import dev.bazaar.kernel.BulkOutcome;
import dev.bazaar.web.Outcome;
import dev.bazaar.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

/**
 * The back office product list: every shop's for platform admins, their own shop's for vendors. The
 * CSV export writes what the table's filters and order select, every page of it; rows can be selected to
 * publish, archive or export them together.
 */
@Named("products")
@ViewScoped
public class ProductsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> HEADER = List.of("id", "name", "slug", "status", "shop", "category", "brand",
            "price", "currency", "updated_at");

    @EJB
    BackOfficeCatalog catalog;

    @EJB
    ProductImport importer;

    @EJB
    ProductBulkActions bulk;

    private PagedLazyModel<ProductView> model;
    private Map<Long, Long> available = Map.of();
    private List<ProductView> selected = new ArrayList<>();
    private BulkOutcome outcome;
    private transient Part importFile;
    private ImportReport report;

    @PostConstruct
    void init() {
        model = ProductLazyModel.over(catalog, page -> available = catalog.available(page.items().stream().map(ProductView::id).toList()));
    }

    public void exportCsv() throws IOException {
        CsvDownload.of("products", HEADER, model, ProductsView::line);
    }

    /** The selected rows as CSV, read again (a row another shop's would be left out). */
    public void exportSelected() throws IOException {
        if (selected.isEmpty()) {
            PageMessages.error("Not done: select the products to export first.");
            return;
        }
        CsvDownload.of("products-selected", HEADER, catalog.products(selectedIds()), ProductsView::line);
    }

    /** Admins publish products waiting for review; a shop's owner and managers send theirs for review. */
    public void publishSelected() {
        act(() -> bulk.publish(selectedIds()), isAdmin() ? "Published" : "Sent for review");
    }

    public void archiveSelected() {
        act(() -> bulk.archive(selectedIds()), "Archived");
    }

    private void act(Supplier<BulkOutcome> action, String doneLabel) {
        outcome = null;
        if (selected.isEmpty()) {
            PageMessages.error("Not done: select products in the table first.");
            return;
        }
        Outcome.summary().report(() -> outcome = action.get(), null);
        if (outcome != null) {
            BulkMessages.report(outcome, doneLabel, "product", "products");
            selected = new ArrayList<>();
        }
    }

    private List<Long> selectedIds() {
        return selected.stream().map(ProductView::id).toList();
    }

    private static List<?> line(ProductView p) {
        return List.of(p.id(), p.name(), p.slug(), p.status(), p.vendorName(), orEmpty(p.categoryName()), orEmpty(p.brand()),
                p.price().toDecimal().toPlainString(), p.price().currencyCode(), p.updatedAt().toString());
    }

    /** Units that can be sold now, over every variant and location; null when the product has none. */
    public Long available(ProductView product) {
        return available.get(product.id());
    }

    public boolean isAdmin() {
        return CallerRoles.isPlatformAdmin();
    }

    /** Owners and managers (and admins, who publish) act on many products at once; staff only read. */
    public boolean isCanActInBulk() {
        return CallerRoles.isPlatformAdmin() || CallerRoles.managesShop();
    }

    public List<ProductView> getSelected() {
        return selected;
    }

    public void setSelected(List<ProductView> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public BulkOutcome getOutcome() {
        return outcome;
    }

    /** Imports the chosen CSV: all lines or, when any is wrong, none, with the problems listed by line. */
    public void importCsv() {
        report = null;
        if (importFile == null || importFile.getSize() == 0) {
            PageMessages.error("Not done: choose a CSV file to import first.");
            return;
        }
        Outcome.summary().report(() -> report = importer.importCsv(Uploads.read(importFile, ProductImport.MAX_BYTES)), null);
        if (report != null && report.imported()) {
            PageMessages.info("Imported " + report.rows() + " lines: " + report.productsCreated() + " products created, "
                    + report.productsUpdated() + " updated; " + report.variantsCreated() + " variants created, "
                    + report.variantsUpdated() + " updated; " + report.stockCountsSet() + " stock counts.");
        } else if (report != null) {
            PageMessages.error("Nothing was imported: fix the " + report.errors().size() + " problem(s) below and import the file again.");
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    public ProductStatus[] getStatuses() {
        return ProductStatus.values();
    }

    /** Owners and managers start products; staff and admins do not. */
    public boolean isCanCreate() {
        return !CallerRoles.isPlatformAdmin() && CallerRoles.managesShop();
    }

    public ImportReport getReport() {
        return report;
    }

    public Part getImportFile() {
        return importFile;
    }

    public void setImportFile(Part importFile) {
        this.importFile = importFile;
    }

    public PagedLazyModel<ProductView> getModel() {
        return model;
    }
}
