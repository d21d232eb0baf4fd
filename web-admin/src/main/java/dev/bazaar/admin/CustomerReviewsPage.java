package dev.bazaar.admin;

import java.io.Serializable;
import java.util.List;

import dev.bazaar.review.application.ReviewDetail;
import dev.bazaar.review.application.ReviewModeration;
import dev.bazaar.review.domain.ReviewState;
import dev.bazaar.web.Outcome;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * Platform admins moderate shoppers' reviews ({@code customer-reviews.xhtml}): the reviews in one state
 * (waiting ones first), oldest first, with how often each was reported; approve shows a review and
 * counts its rating, hide takes it out of sight (and out of the ratings) with a reason.
 */
@Named("customerReviews")
@ViewScoped
public class CustomerReviewsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ReviewModeration moderation;

    private ReviewState state = ReviewState.PENDING;
    private String reason;
    private PagedLazyModel<ReviewDetail> model;

    @PostConstruct
    void init() {
        model = new PagedLazyModel<>((filterBy, sortBy, page) -> moderation.inState(state, page), r -> String.valueOf(r.id()));
    }

    public void approve(ReviewDetail review) {
        Outcome.summary().report(() -> moderation.approve(review.id()),
                "The review “" + review.title() + "” is shown on " + review.productName() + " and counts in its rating.");
    }

    public void hide(ReviewDetail review) {
        if (Outcome.summary().report(() -> moderation.hide(review.id(), reason),
                "The review “" + review.title() + "” is hidden from " + review.productName() + ".")) {
            reason = null;
        }
    }

    public List<ReviewState> getStates() {
        return List.of(ReviewState.values());
    }

    public PagedLazyModel<ReviewDetail> getModel() {
        return model;
    }

    public ReviewState getState() {
        return state;
    }

    public void setState(ReviewState state) {
        this.state = state == null ? ReviewState.PENDING : state;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
