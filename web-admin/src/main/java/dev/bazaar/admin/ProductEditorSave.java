package dev.bazaar.admin;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.bazaar.catalog.application.ProductDetailView;
import dev.bazaar.catalog.application.ProductEdit;
import dev.bazaar.catalog.application.ProductEditor;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.web.Outcome;
import dev.bazaar.web.PageMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The product editor's one Save, for every tab: the details when they changed, the variant being added
 * or changed, the single variant's new price, a stock change and a new picture, each only when filled
 * in, go to {@link ProductEditor} in one call and one transaction: all are saved, or after a refusal
 * none is, and the refusal shows beside its field with its tab opened.
 */
@Named("editorSave")
@ViewScoped
public class ProductEditorSave implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FIELDS = "editorForm:tabs:";
    private static final List<String> TABS = List.of(ProductEditor.DETAILS, ProductEditor.VARIANT, ProductEditor.PICTURE,
            ProductEditor.STOCK);
    private static final List<String> TAB_TITLES = List.of("Details", "Variants & prices", "Pictures", "Stock");

    /** A field as the service names it (part.field) and the page's input beside which its refusal shows, with its label. */
    private record Field(String id, String label) {
    }

    private static final Map<String, Field> PAGE_FIELDS = Map.ofEntries(
            Map.entry("details.name", new Field("name", "Name")),
            Map.entry("details.slug", new Field("slug", "Address")),
            Map.entry("details.brand", new Field("brand", "Brand")),
            Map.entry("details.categorySlug", new Field("category", "Category")),
            Map.entry("details.description", new Field("description", "Description")),
            Map.entry("details.attributes", new Field("attributes", "Attributes")),
            Map.entry("variant.sku", new Field("sku", "SKU")),
            Map.entry("variant.options", new Field("options", "Options")),
            Map.entry("variant.price", new Field("price", "Price")),
            Map.entry("variant.currency", new Field("price", "Currency")),
            Map.entry("variant.compareAtPrice", new Field("compareAt", "Compare-at price")),
            Map.entry("variant.weightGrams", new Field("weight", "Weight")),
            Map.entry("variant.lowStockThreshold", new Field("lowStock", "Low-stock threshold")),
            Map.entry("price.price", new Field("newPrice", "Price")),
            Map.entry("price.currency", new Field("newPrice", "Currency")),
            Map.entry("stock.variant", new Field("stockVariant", "Variant")),
            Map.entry("stock.location", new Field("stockLocation", "Location")),
            Map.entry("stock.quantity", new Field("quantity", "Units")),
            Map.entry("stock.delta", new Field("quantity", "Units")),
            Map.entry("stock.onHand", new Field("quantity", "Units")),
            Map.entry("stock.reason", new Field("reason", "Why")),
            Map.entry("picture.file", new Field("file", "Picture")),
            Map.entry("picture.images", new Field("file", "Pictures")),
            Map.entry("picture.altText", new Field("altText", "What it shows")));

    @EJB
    ProductEditor productEditor;

    @Inject
    ProductEditorView editor;

    @Inject
    ProductPriceView price;

    @Inject
    ProductStockView stock;

    @Inject
    ProductPicturesView pictures;

    private int activeTab;

    public void save() {
        ProductEdit edit;
        try {
            edit = new ProductEdit(
                    inPart(ProductEditor.DETAILS, () -> editor.detailsChanged() ? editor.getDetails().input() : null),
                    editor.getEditingVariantId(),
                    inPart(ProductEditor.VARIANT, () -> editor.variantEntered() ? editor.getVariant().input() : null),
                    price.changeEntered() ? price.getNewPrice().strip() : null,
                    !editor.isAdmin() && stock.changeEntered() ? stock.change() : null,
                    inPart(ProductEditor.PICTURE, () -> editor.isEditable() && pictures.uploadChosen() ? pictures.upload() : null));
        } catch (InvalidInputException e) {
            refused(e.fieldErrors());
            return;
        }
        if (edit.isEmpty()) {
            PageMessages.info("Nothing to save: nothing was changed.");
            return;
        }
        Outcome.summary()
                .on(InvalidInputException.class, e -> refused(e.fieldErrors()))
                .on(ConflictException.class, e -> refused(e.fieldErrors()))
                .attempt(() -> productEditor.save(editor.getId(), edit))
                .ifPresent(saved -> saved(edit, saved));
    }

    /** Each part saved says so, and its form is emptied for the next change. */
    private void saved(ProductEdit edit, ProductDetailView saved) {
        editor.show(saved);
        if (edit.details() != null) {
            PageMessages.info("Details saved.");
        }
        if (edit.variant() != null) {
            PageMessages.info("Variant " + edit.variant().sku().strip() + (edit.variantId() == null ? " added." : " saved."));
            editor.newVariant();
        }
        if (edit.price() != null) {
            PageMessages.info(price.saved(saved));
        }
        if (edit.stock() != null) {
            stock.saved();
            PageMessages.info("Stock saved.");
        }
        if (edit.picture() != null) {
            pictures.saved();
            PageMessages.info("Picture " + edit.picture().fileName() + " added.");
        }
    }

    /**
     * Shows each refusal beside its field (a field the page has no input for, at the top), opens the tab
     * of the first, and says at the top that nothing was saved.
     */
    private void refused(Map<String, String> fieldErrors) {
        String firstPart = null;
        for (Map.Entry<String, String> error : fieldErrors.entrySet()) {
            String name = error.getKey().replaceAll("\\[.*$", "");
            String part = name.contains(".") ? name.substring(0, name.indexOf('.')) : ProductEditor.DETAILS;
            firstPart = firstPart == null ? part : firstPart;
            Field field = PAGE_FIELDS.get(name);
            String problem = error.getValue();
            if (field == null) {
                PageMessages.error(Character.isLowerCase(problem.charAt(0)) ? "The " + name.substring(name.indexOf('.') + 1) + " " + problem : problem);
            } else {
                PageMessages.errorAt(FIELDS + field.id(), Character.isLowerCase(problem.charAt(0)) ? field.label() + " " + problem : problem);
            }
        }
        int tab = Math.max(TABS.indexOf(firstPart), 0);
        activeTab = tab;
        PageMessages.error("Nothing was saved: see what the " + TAB_TITLES.get(tab) + " tab says, change it and save again.");
    }

    /** Reads one part of the edit from its tab; a refusal names its field after the part, as the service's do. */
    private static <T> T inPart(String part, Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidInputException e) {
            Map<String, String> named = new LinkedHashMap<>();
            e.fieldErrors().forEach((field, problem) -> named.put(part + "." + field, problem));
            throw new InvalidInputException(named);
        }
    }

    /** A shop's owner and managers change everything, its staff the stock; admins the price of a one-variant product. */
    public boolean isCanSave() {
        return editor.getProduct() != null && (!editor.isAdmin() || editor.getProduct().variants().size() == 1);
    }

    /** The tab shown: the one the person was on, or the one a refusal is on. */
    public int getActiveTab() {
        return activeTab;
    }

    public void setActiveTab(int activeTab) {
        this.activeTab = activeTab;
    }
}
