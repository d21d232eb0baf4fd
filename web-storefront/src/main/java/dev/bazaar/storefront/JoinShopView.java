package dev.bazaar.storefront;

import java.io.Serializable;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.ForbiddenException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.vendor.application.InvitationView;
import dev.bazaar.vendor.application.ShopMembers;
import dev.bazaar.web.PageMessages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** The page a shop invitation's link opens: who invites you to what, and a button to accept. */
@Named("joinShop")
@ViewScoped
public class JoinShopView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ShopMembers members;

    private String token;
    private InvitationView invitation;
    private boolean accepted;

    /** f:viewAction. */
    public void load() {
        invitation = Texts.summary()
                .on(NotFoundException.class, e -> notValid())
                .on(InvalidInputException.class, e -> notValid())
                .attempt(() -> members.invitation(token))
                .orElse(null);
    }

    private static void notValid() {
        PageMessages.error(Texts.text("join.notValid"));
    }

    public void accept() {
        Texts.summary()
                .on(ForbiddenException.class, JoinShopView::sentence)
                .on(NotFoundException.class, JoinShopView::sentence)
                .on(ConflictException.class, e -> PageMessages.error("This invitation " + e.fieldErrors().values().iterator().next() + "."))
                .attempt(() -> members.accept(token))
                .ifPresent(joined -> {
                    invitation = joined;
                    accepted = true;
                });
    }

    /** The service's refusal as the page says it: a sentence. */
    private static void sentence(RuntimeException refusal) {
        PageMessages.error(refusal.getMessage() + ".");
    }

    public String getCallerEmail() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public InvitationView getInvitation() {
        return invitation;
    }

    public boolean isAccepted() {
        return accepted;
    }
}
