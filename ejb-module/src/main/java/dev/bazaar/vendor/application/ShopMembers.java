package dev.bazaar.vendor.application;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.bazaar.identity.application.VendorStaffing;
import dev.bazaar.identity.application.VendorStaffing.StaffMember;
import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.EmailAddress;
import dev.bazaar.kernel.ForbiddenException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Role;
import dev.bazaar.kernel.SecretTokens;
import dev.bazaar.notification.application.MailOutbox;
import dev.bazaar.vendor.domain.ShopInvitation;
import dev.bazaar.vendor.domain.ShopInvitations;
import dev.bazaar.vendor.domain.Vendor;
import dev.bazaar.vendor.domain.Vendors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Who works for a shop. Its members see the team; only the owner invites people by e-mail (as
 * manager or staff) and withdraws invitations. Whoever holds the mailed link accepts it signed in
 * with the invited address, and then works for the shop (after signing in again, their token carries
 * the role). The invitation, the role and the mail are written in one transaction.
 */
@Stateless
public class ShopMembers {

    private static final Set<Role> INVITABLE = EnumSet.of(Role.VENDOR_MANAGER, Role.VENDOR_STAFF);

    @Inject
    Vendors vendors;

    @Inject
    CallerScope callers;

    @Inject
    VendorStaffing staffing;

    @Inject
    ShopInvitations invitations;

    @Inject
    VendorMails mails;

    @Inject
    MailOutbox outbox;

    @RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
    public List<StaffMember> members() {
        return staffing.members(callers.memberShop());
    }

    @RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
    public List<InvitationView> invitations() {
        Vendor shop = vendors.find(callers.memberShop()).orElseThrow();
        Instant now = Instant.now();
        return invitations.unanswered(shop.id()).stream().map(i -> InvitationView.of(i, shop.name(), shop.slug(), now)).toList();
    }

    /** Invites the address; inviting it again replaces the open invitation (a fresh link, a fresh week). */
    @RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
    public InvitationView invite(String email, String role) {
        Vendor shop = vendors.find(callers.shop(Role.SHOP_OWNER, "Only the shop's owner invites people")).orElseThrow();
        String address = address(email);
        String wanted = INVITABLE.stream().map(Role::name)
                .filter(name -> role != null && name.equals(role.strip().toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new InvalidInputException("role", "must be VENDOR_MANAGER or VENDOR_STAFF"));
        if (staffing.members(shop.id()).stream().anyMatch(m -> m.email().equalsIgnoreCase(address))) {
            throw new ConflictException("email", address + " works for your shop already");
        }
        Instant now = Instant.now();
        invitations.unansweredFor(shop.id(), address).ifPresent(open -> open.revoke(now));
        invitations.flush();
        String token = SecretTokens.newToken();
        ShopInvitation invitation = invitations.add(new ShopInvitation(shop.id(), address, wanted, SecretTokens.hash(token),
                callers.email(), now));
        outbox.queue(mails.invitation(address, shop, wanted, callers.email(), token));
        return InvitationView.of(invitation, shop.name(), shop.slug(), now);
    }

    @RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
    public void revoke(long invitationId) {
        long shopId = callers.shop(Role.SHOP_OWNER, "Only the shop's owner withdraws invitations");
        invitations.find(invitationId).filter(i -> i.vendorId() == shopId)
                .orElseThrow(() -> new NotFoundException("No invitation " + invitationId + " from your shop"))
                .revoke(Instant.now());
    }

    /** What the link offers, for the page that asks the person to accept. */
    @RolesAllowed({"CUSTOMER", "PLATFORM_ADMIN", "VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
    public InvitationView invitation(String token) {
        ShopInvitation invitation = byToken(token);
        Vendor shop = vendors.find(invitation.vendorId()).orElseThrow();
        return InvitationView.of(invitation, shop.name(), shop.slug(), Instant.now());
    }

    /** The signed-in account joins the shop in the invited role; its address must be the invited one. */
    @RolesAllowed({"CUSTOMER", "PLATFORM_ADMIN", "VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
    public InvitationView accept(String token) {
        ShopInvitation invitation = byToken(token);
        String name = callers.email();
        if (!invitation.email().equalsIgnoreCase(name)) {
            throw new ForbiddenException("This invitation is for " + invitation.email() + "; sign in with that address to accept it");
        }
        long accountId = staffing.accountIdOf(name).orElseThrow(() -> new ForbiddenException("Sign in to accept the invitation"));
        Instant now = Instant.now();
        invitation.accept(accountId, now);
        Vendor shop = vendors.find(invitation.vendorId()).orElseThrow();
        if (!shop.status().isTrading()) {
            throw new ConflictException("shop", shop.name() + " is not trading now");
        }
        staffing.grant(accountId, shop.id(), Role.valueOf(invitation.role()), "invitation from " + invitation.invitedBy());
        return InvitationView.of(invitation, shop.name(), shop.slug(), now);
    }

    private ShopInvitation byToken(String token) {
        if (token == null || token.isBlank()) {
            throw new InvalidInputException("token", "is required");
        }
        return invitations.byTokenHashForUpdate(SecretTokens.hash(token.strip()))
                .orElseThrow(() -> new NotFoundException("This invitation link is not valid; ask the shop for a new one"));
    }

    private static String address(String email) {
        try {
            return new EmailAddress(email).value();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("email", e.getMessage());
        }
    }


    }
