package dev.bazaar.admin;

import java.io.Serializable;

import dev.bazaar.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The product editor's one Save, for every tab: the details when they changed, the variant being added
 * or changed, the single variant's new price, a stock change and a new picture, in that order, each
 * only when filled in. Each part is its service's own transaction; the first refusal stops the save
 * (what came before it is saved, and says so), so nothing after a mistake is saved behind it.
 */
@Named("editorSave")
@ViewScoped
public class ProductEditorSave implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProductEditorView editor;

    @Inject
    ProductPriceView price;

    @Inject
    ProductStockView stock;

    @Inject
    ProductPicturesView pictures;

    public void save() {
        boolean any = false;
        if (editor.detailsChanged()) {
            any = true;
            if (!editor.saveDetails()) {
                return;
            }
        }
        if (editor.variantEntered()) {
            any = true;
            if (!editor.saveVariant()) {
                return;
            }
        }
        if (price.changeEntered()) {
            any = true;
            if (!price.save()) {
                return;
            }
        }
        if (!editor.isAdmin() && stock.changeEntered()) {
            any = true;
            if (!stock.apply()) {
                return;
            }
        }
        if (editor.isEditable() && pictures.uploadChosen()) {
            any = true;
            pictures.upload();
        }
        if (!any) {
            PageMessages.info("Nothing to save: nothing was changed.");
        }
    }

    /** A shop's owner and managers change everything, its staff the stock; admins the price of a one-variant product. */
    public boolean isCanSave() {
        return editor.getProduct() != null && (!editor.isAdmin() || editor.getProduct().variants().size() == 1);
    }
}
