package dev.bazaar.storefront;

import java.io.Serializable;
import java.util.Map;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.ordering.application.BoughtLine;
import dev.bazaar.ordering.application.CustomerOrders;
import dev.bazaar.review.application.ShopperReviews;
import dev.bazaar.web.Outcome;
import dev.bazaar.web.PageMessages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * The form at {@code write-review.xhtml?line=ID} where a buyer reviews a delivered line of their order:
 * stars, a title and a text. Someone else's line is a 404; what the review service refuses (not
 * delivered, reviewed already, a field out of bounds) is said beside the field.
 */
@Named("writeReview")
@ViewScoped
public class WriteReviewView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> LABELS = Map.of("rating", "The rating", "title", "The title", "text", "The review",
            "orderLine", "This item");
    /** Field rules beside the fields; the line itself (not delivered, reviewed already) at the top. */
    private static final Outcome OUTCOME = Outcome.besideFields("reviewForm", LABELS)
            .on(ConflictException.class, e -> PageMessages.sentences(e.fieldErrors(), LABELS));

    @EJB
    CustomerOrders orders;

    @EJB
    ShopperReviews reviews;

    private Long line;
    private BoughtLine bought;
    private Integer rating;
    private String title;
    private String text;
    private boolean written;

    /** f:viewAction: the line must be one of the caller's own. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            bought = line == null ? null : orders.boughtLine(line);
        } catch (NotFoundException e) {
            bought = null;
        }
        if (bought == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public void submit() {
        written = OUTCOME.report(() -> reviews.write(line, rating, title, text), Texts.text("review.thanks"));
    }

    public BoughtLine getBought() {
        return bought;
    }

    public boolean isWritten() {
        return written;
    }

    public Long getLine() {
        return line;
    }

    public void setLine(Long line) {
        this.line = line;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
