package dev.bazaar.admin;

import java.io.Serializable;

import dev.bazaar.audit.application.SecurityAudit;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** The security audit trail, newest first, for platform admins. */
@Named("audit")
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SecurityAudit securityAudit;

    private PagedLazyModel<SecurityAudit.Entry> model;

    @PostConstruct
    void init() {
        model = new PagedLazyModel<>((filterBy, sortBy, page) -> securityAudit.latest(page),
                entry -> entry.occurredAt() + " " + entry.type() + " " + entry.email());
    }

    public PagedLazyModel<SecurityAudit.Entry> getModel() {
        return model;
    }
}
