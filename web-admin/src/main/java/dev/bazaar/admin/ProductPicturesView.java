package dev.bazaar.admin;

import java.io.Serializable;

import dev.bazaar.catalog.application.ProductEdit;
import dev.bazaar.catalog.application.VendorProducts;
import dev.bazaar.media.application.ImageView;
import dev.bazaar.media.application.Pictures;
import dev.bazaar.web.Outcome;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

/** The product page's gallery: upload a picture, choose the main one, remove one. */
@Named("pictures")
@ViewScoped
public class ProductPicturesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    VendorProducts products;

    @Inject
    ProductEditorView editor;

    private transient Part file;
    private String altText;

    /** Whether a picture is chosen: the editor's one save then uploads it. */
    boolean uploadChosen() {
        return file != null && file.getSize() > 0;
    }

    /** The chosen picture, read, for the editor's one save (the service checks it). */
    ProductEdit.PictureUpload upload() {
        return new ProductEdit.PictureUpload(Uploads.read(file, Pictures.MAX_UPLOAD_BYTES), file.getSubmittedFileName(), altText);
    }

    void saved() {
        altText = null;
    }

    public void makeMain(ImageView picture) {
        Outcome.summary().report(() -> editor.show(products.changeImage(editor.getId(), picture.id(), 0, null)),
                "That picture is the main one now.");
    }

    public void remove(ImageView picture) {
        Outcome.summary().report(() -> editor.show(products.removeImage(editor.getId(), picture.id())), "Picture removed.");
    }

    /** A back-office address for the picture (drafts' pictures are not public). */
    public String url(ImageView picture, String size) {
        return ImageServlet.url(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(), picture.id(), size);
    }

    public int getMaxBytes() {
        return Pictures.MAX_UPLOAD_BYTES;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getAltText() {
        return altText;
    }

    public void setAltText(String altText) {
        this.altText = altText;
    }
}
