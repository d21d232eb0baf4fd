package dev.bazaar.admin;

import java.io.Serializable;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.notification.application.OutgoingMailAdministration;
import dev.bazaar.notification.application.OutgoingMailView;
import dev.bazaar.web.Outcome;
import dev.bazaar.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** Platform admins read what Bazaar mailed (links included) and send a failed mail again. */
@Named("mail")
@ViewScoped
public class MailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OutgoingMailAdministration administration;

    private String search;
    private PagedLazyModel<OutgoingMailView> model;

    @PostConstruct
    void init() {
        model = new PagedLazyModel<>((filterBy, sortBy, page) -> administration.mails(search, page),
                mail -> String.valueOf(mail.id()));
    }

    public void sendAgain(OutgoingMailView mail) {
        Outcome.summary()
                .on(ConflictException.class, e -> PageMessages.error("Not queued: its status " + e.fieldErrors().values().iterator().next() + "."))
                .report(() -> administration.sendAgain(mail.id()), "The mail to " + mail.recipient() + " is queued again.");
    }

    public PagedLazyModel<OutgoingMailView> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
