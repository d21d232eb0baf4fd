package dev.bazaar.admin;

import java.io.Serializable;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.ForbiddenException;
import dev.bazaar.notification.application.OutgoingMailAdministration;
import dev.bazaar.notification.application.OutgoingMailView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
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
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            administration.sendAgain(mail.id());
            String text = "The mail to " + mail.recipient() + " is queued again.";
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        } catch (ForbiddenException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage()));
        } catch (ConflictException e) {
            String text = "Not queued: its status " + e.fieldErrors().values().iterator().next() + ".";
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
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
