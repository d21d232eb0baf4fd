package dev.bazaar.admin;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import dev.bazaar.audit.application.SecurityAudit;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
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

    private LazyDataModel<SecurityAudit.Entry> model;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return Math.toIntExact(securityAudit.latest(new PageRequest(0, 1)).totalItems());
            }

            @Override
            public List<SecurityAudit.Entry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                                  Map<String, FilterMeta> filterBy) {
                int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
                Page<SecurityAudit.Entry> page = securityAudit.latest(new PageRequest(first / size, size));
                setRowCount(Math.toIntExact(page.totalItems()));
                return page.items();
            }
        };
    }

    public LazyDataModel<SecurityAudit.Entry> getModel() {
        return model;
    }
}
