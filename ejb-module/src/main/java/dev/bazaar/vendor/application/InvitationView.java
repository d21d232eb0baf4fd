package dev.bazaar.vendor.application;

import java.time.Instant;

import dev.bazaar.vendor.domain.ShopInvitation;

/** An invitation as the shop's owner and the invited person see it. */
public record InvitationView(long id, String shopName, String shopSlug, String email, String role, String invitedBy,
                             Instant createdAt, Instant expiresAt, boolean open) {

    static InvitationView of(ShopInvitation invitation, String shopName, String shopSlug, Instant now) {
        return new InvitationView(invitation.id(), shopName, shopSlug, invitation.email(), invitation.role(),
                invitation.invitedBy(), invitation.createdAt(), invitation.expiresAt(), invitation.isOpen(now));
    }
}
