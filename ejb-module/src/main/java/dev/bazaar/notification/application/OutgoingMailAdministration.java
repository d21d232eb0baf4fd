package dev.bazaar.notification.application;

import java.time.Instant;

import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.kernel.Role;
import dev.bazaar.notification.domain.OutgoingMail;
import dev.bazaar.notification.domain.OutgoingMails;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * What went out, for platform admins only: mail carries verification and reset links, so nobody
 * else may read it. A mail that failed for good can be queued again.
 */
@Stateless
@RolesAllowed("PLATFORM_ADMIN")
public class OutgoingMailAdministration {

    @Inject
    OutgoingMails mails;

    @Inject
    MailQueue queue;

    @Inject
    CallerScope callers;

    public Page<OutgoingMailView> mails(String search, PageRequest page) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        String text = search == null || search.isBlank() ? null : search.trim();
        return mails.search(text, page).map(OutgoingMailView::of);
    }

    public OutgoingMailView mail(long id) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        return OutgoingMailView.of(find(id));
    }

    public OutgoingMailView sendAgain(long id) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        OutgoingMail mail = find(id);
        try {
            mail.requeue(Instant.now());
        } catch (IllegalStateException e) {
            throw new ConflictException("status", "is " + mail.status() + "; only failed mail can be sent again");
        }
        queue.announce(mail.id());
        return OutgoingMailView.of(mail);
    }

    private OutgoingMail find(long id) {
        return mails.find(id).orElseThrow(() -> new NotFoundException("No mail with id " + id));
    }
}
