package dev.bazaar.storefront;

import java.io.Serializable;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.ForbiddenException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.vendor.application.InvitationView;
import dev.bazaar.vendor.application.ShopMembers;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
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
        try {
            invitation = members.invitation(token);
        } catch (NotFoundException | InvalidInputException e) {
            invitation = null;
            error("This invitation link is not valid. Ask the shop to send a new one.");
        }
    }

    public void accept() {
        try {
            invitation = members.accept(token);
            accepted = true;
        } catch (ForbiddenException | NotFoundException e) {
            error(e.getMessage() + ".");
        } catch (ConflictException e) {
            error("This invitation " + e.fieldErrors().values().iterator().next() + ".");
        }
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
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
