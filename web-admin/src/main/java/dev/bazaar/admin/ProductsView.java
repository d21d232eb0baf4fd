package dev.bazaar.admin;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import org.primefaces.model.file.UploadedFile;

import dev.bazaar.catalog.application.BackOfficeCatalog;
import dev.bazaar.catalog.application.ImportReport;
import dev.bazaar.catalog.application.ProductImport;
import dev.bazaar.catalog.application.ProductView;
import dev.bazaar.catalog.domain.ProductStatus;
import dev.bazaar.web.Outcome;
import dev.bazaar.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * The back office product list: every shop's for platform admins, their own shop's for vendors. The
 * CSV export writes what the table's filters and order select, every page of it.
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

    private PagedLazyModel<ProductView> model;
    private transient UploadedFile importFile;
    private ImportReport report;

    @PostConstruct
    void init() {
        model = ProductLazyModel.over(catalog);
    }

    public void exportCsv() throws IOException {
        CsvDownload.of("products", HEADER, model, p -> List.of(p.id(), p.name(), p.slug(), p.status(), p.vendorName(),
                orEmpty(p.categoryName()), orEmpty(p.brand()), p.price().toDecimal().toPlainString(),
                p.price().currencyCode(), p.updatedAt().toString()));
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

    public UploadedFile getImportFile() {
        return importFile;
    }

    public void setImportFile(UploadedFile importFile) {
        this.importFile = importFile;
    }

    public PagedLazyModel<ProductView> getModel() {
        return model;
    }
}
