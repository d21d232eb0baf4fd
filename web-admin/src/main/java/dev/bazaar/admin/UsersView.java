package dev.bazaar.admin;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import dev.bazaar.identity.application.UserAdministration;
import dev.bazaar.identity.application.UserSummary;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.Role;
import dev.bazaar.web.Outcome;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** Platform admins' user management: search accounts, disable or enable them, change their roles. */
@Named("users")
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    UserAdministration administration;

    private String search;
    /** Per account, the roles ticked in its menu (Faces stores a multi-select's choice as an array). */
    private final Map<Long, String[]> roleSelection = new HashMap<>();
    private PagedLazyModel<UserSummary> model;

    @PostConstruct
    void init() {
        model = new PagedLazyModel<>((filterBy, sortBy, page) -> {
            Page<UserSummary> found = administration.users(search, page);
            found.items().forEach(u -> roleSelection.put(u.id(), u.roles().stream().map(Enum::name).toArray(String[]::new)));
            return found;
        }, user -> String.valueOf(user.id()));
    }

    public void disable(UserSummary user) {
        Outcome.summary().report(() -> administration.disable(user.id()),
                user.email() + " is disabled: they can no longer sign in, and their app sessions have ended.");
    }

    public void enable(UserSummary user) {
        Outcome.summary().report(() -> administration.enable(user.id()), user.email() + " is enabled again.");
    }

    public void saveRoles(UserSummary user) {
        EnumSet<Role> roles = Arrays.stream(roleSelection.getOrDefault(user.id(), new String[0]))
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        Outcome.summary().report(() -> administration.changeRoles(user.id(), roles), "Roles of " + user.email() + " saved.");
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public PagedLazyModel<UserSummary> getModel() {
        return model;
    }

    public Map<Long, String[]> getRoleSelection() {
        return roleSelection;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
