package dev.bazaar.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.bazaar.kernel.BulkOutcome;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.platform.application.DeadLetterListing;
import dev.bazaar.platform.application.DeadLetterView;
import dev.bazaar.platform.application.DeadLetters;
import dev.bazaar.web.Outcome;
import dev.bazaar.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * Platform admins see the messages consumers gave up on, read a whole body, send a message back to the
 * queue it failed in, or discard it; many at once by selecting rows, or every message the search matches
 * (however many: the server works through them in batches). A search by event id finds one event's messages.
 */
@Named("deadLetters")
@ViewScoped
public class DeadLettersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    DeadLetters deadLetters;

    private String search;
    private UUID eventId;
    private boolean moreThanCounted;
    private PagedLazyModel<DeadLetterView> model;
    private List<DeadLetterView> selected = new ArrayList<>();
    private BulkOutcome outcome;

    @PostConstruct
    void init() {
        model = new PagedLazyModel<>((filterBy, sortBy, page) -> {
            DeadLetterListing listing = deadLetters.list(eventId, page);
            moreThanCounted = listing.moreThanCounted();
            return listing.page();
        }, DeadLetterView::id);
    }

    /** Narrows the table to the event id typed in, or shows every message when the field is empty. */
    public void find() {
        String text = search == null ? "" : search.strip();
        try {
            eventId = text.isEmpty() ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            PageMessages.error("Not done: an event id looks like 3f2c7a1e-5b8d-4c1a-9e2f-6d4b8a7c1e90.");
        }
    }

    public void replay(DeadLetterView letter) {
        Outcome.summary().report(() -> deadLetters.replay(letter.id()),
                "Message " + letter.id() + " is sent back to " + letter.origin() + "; only the consumer that failed reads it again.");
    }

    public void discard(DeadLetterView letter) {
        Outcome.summary().report(() -> deadLetters.discard(letter.id()), "Message " + letter.id() + " is discarded.");
    }

    public void replaySelected() {
        actOnSelection(ids -> deadLetters.replayAll(ids), "Sent back to the queue they failed in");
    }

    public void discardSelected() {
        actOnSelection(ids -> deadLetters.discardAll(ids), "Discarded");
    }

    /** Replays every message the search matches (all of them when it is empty), on the server, a batch at a time. */
    public void replayMatching() {
        act(() -> deadLetters.replayMatching(eventId), "Sent back to the queue they failed in");
    }

    public void discardMatching() {
        act(() -> deadLetters.discardMatching(eventId), "Discarded");
    }

    private void actOnSelection(Function<List<String>, BulkOutcome> action, String doneLabel) {
        if (selected.isEmpty()) {
            outcome = null;
            PageMessages.error("Not done: select messages in the table first.");
            return;
        }
        List<String> ids = selected.stream().map(DeadLetterView::id).toList();
        act(() -> action.apply(ids), doneLabel);
    }

    private void act(Supplier<BulkOutcome> action, String doneLabel) {
        outcome = null;
        Outcome.summary().report(() -> outcome = action.get(), null);
        if (outcome != null) {
            BulkMessages.report(outcome, doneLabel, "message", "messages");
            if (outcome.done().isEmpty() && outcome.refused().isEmpty()) {
                PageMessages.info("No message matched: nothing to do.");
            }
            selected = new ArrayList<>();
        }
    }

    /** The whole body, read when a row is opened (the table holds previews). */
    public String wholeBody(DeadLetterView letter) {
        if (letter.bodyComplete()) {
            return letter.body();
        }
        try {
            return deadLetters.letter(letter.id()).body();
        } catch (NotFoundException e) {
            return "(no longer in the dead-letter queue)";
        }
    }

    public PagedLazyModel<DeadLetterView> getModel() {
        return model;
    }

    public List<DeadLetterView> getSelected() {
        return selected;
    }

    public void setSelected(List<DeadLetterView> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public BulkOutcome getOutcome() {
        return outcome;
    }

    /** Whether the table is narrowed to one event (the "all matching" buttons then name it). */
    public boolean isSearching() {
        return eventId != null;
    }

    public boolean isMoreThanCounted() {
        return moreThanCounted;
    }

    public int getCountLimit() {
        return DeadLetterListing.COUNT_LIMIT;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
