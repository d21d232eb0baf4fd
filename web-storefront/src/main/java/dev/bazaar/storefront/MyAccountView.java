package dev.bazaar.storefront;

import java.io.Serializable;

import dev.bazaar.identity.application.AccountView;
import dev.bazaar.identity.application.Accounts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The signed-in shopper's account page: their profile and their password. */
@Named("myAccount")
@ViewScoped
public class MyAccountView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final FieldLabels LABELS = FieldLabels.of("account", "name", "phone", "currentPassword", "newPassword");

    @EJB
    Accounts accounts;

    private AccountView account;
    private String name;
    private String phone;
    private String currentPassword;
    private String newPassword;

    @PostConstruct
    void load() {
        account = accounts.current();
        name = account.name();
        phone = account.phone();
    }

    public void saveProfile() {
        Texts.besideFields("profileForm", LABELS)
                .report(() -> account = accounts.updateCurrentProfile(name, phone), Texts.text("account.profileSaved"));
    }

    public void changePassword() {
        try {
            String client = ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
            Texts.besideFields("passwordForm", LABELS).report(() -> accounts.changeCurrentPassword(currentPassword, newPassword, client),
                    Texts.text("account.passwordChanged"));
        } finally {
            currentPassword = null;
            newPassword = null;
        }
    }

    public AccountView getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
