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
import dev.bazaar.catalog.application.ProductQuery;
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
    /** Set when "select all that match" was chosen: the filters then, and how many rows they matched. */
    private ProductQuery matching;
    private long matchingCount;
    private transient Part importFile;
    private ImportReport report;

    @PostConstruct
    void init() {
        model = ProductLazyModel.over(catalog, page -> available = catalog.available(page.items().stream().map(ProductView::id).toList()));
    }

    public void exportCsv() throws IOException {
        CsvDownload.of("products", HEADER, model, ProductsView::line);
    }

    /** The selected rows as CSV, read again (a row another shop's would be left out); every page of them when all that match are selected. */
    public void exportSelected() throws IOException {
        if (matching != null) {
            exportCsv();
            return;
        }
        if (selected.isEmpty()) {
            PageMessages.error("Not done: select the products to export first.");
            return;
        }
        CsvDownload.of("products-selected", HEADER, catalog.products(selectedIds()), ProductsView::line);
    }

    /** Admins publish products waiting for review; a shop's owner and managers send theirs for review. */
    public void publishSelected() {
        act(() -> matching == null ? bulk.publish(selectedIds()) : bulk.publishMatching(matching), isAdmin() ? "Published" : "Sent for review");
    }

    public void archiveSelected() {
        act(() -> matching == null ? bulk.archive(selectedIds()) : bulk.archiveMatching(matching), "Archived");
    }

    private void act(Supplier<BulkOutcome> action, String doneLabel) {
        outcome = null;
        if (selected.isEmpty() && matching == null) {
            PageMessages.error("Not done: select products in the table first.");
            return;
        }
        Outcome.summary().report(() -> outcome = action.get(), null);
        if (outcome != null) {
            BulkMessages.report(outcome, doneLabel, "product", "products");
            selected = new ArrayList<>();
            matching = null;
        }
    }

    /** "Select all that match": the next action is for every row the table's filters match now, on every page. */
    public void selectAllMatching() {
        matching = ProductLazyModel.query(model.lastFilters(), Map.of());
        matchingCount = model.getRowCount();
    }

    /** Back to the rows ticked (after "select all that match", or when the ticks or the filters change). */
    public void selectionChanged() {
        matching = null;
    }

    /** Whether every row of the page is ticked while more rows match: the page then offers to select them all. */
    public boolean isOfferAllMatching() {
        return matching == null && model.getRowCount() > model.shownRows() && model.pageSelected(selected);
    }

    public boolean isAllMatching() {
        return matching != null;
    }

    public long getMatchingCount() {
        return matchingCount;
    }

    /** The most rows one action takes. */
    public int getLimit() {
        return ProductBulkActions.MAX_SELECTION;
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

    /** Whether the last import was refused: its fold then stays open with the problems and the file field. */
    public boolean isImportFailed() {
        return report != null && !report.imported();
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
