package dev.bazaar.payment.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.bazaar.audit.application.SecurityAudit;
import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.FieldProblems;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.kernel.Role;
import dev.bazaar.payment.domain.PayoutPause;
import dev.bazaar.payment.domain.PayoutState;
import dev.bazaar.payment.domain.ShopTransfer;
import dev.bazaar.payment.domain.Transfers;
import dev.bazaar.vendor.application.ShopDirectory;
import dev.bazaar.vendor.application.ShopDirectory.ShopFacts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The transfers to the shops' connected accounts: a shop's members read their own (another shop's is
 * not found); admins read every shop's, by state (FAILED: what needs a look), and pause a shop's
 * payouts with a reason or lift the pause, each written to the audit trail in the same transaction.
 */
@Stateless
@RolesAllowed({"PLATFORM_ADMIN", "VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
public class ShopTransfers {

    @Inject
    CallerScope callers;

    @Inject
    Transfers transfers;

    @Inject
    ShopDirectory shops;

    @EJB
    SecurityAudit audit;

    @RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
    public Page<TransferView> myTransfers(PageRequest page) {
        ShopFacts shop = shops.get(callers.memberShop());
        return transfers.ofShop(shop.id(), page).map(t -> TransferView.of(t, shop.name()));
    }

    /** One of the caller's shop's transfers; another shop's is not found, as if it did not exist. */
    @RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
    public TransferView myTransfer(long id) {
        ShopFacts shop = shops.get(callers.memberShop());
        return transfers.find(id).filter(t -> t.vendorId() == shop.id()).map(t -> TransferView.of(t, shop.name()))
                .orElseThrow(() -> new NotFoundException("No transfer " + id));
    }

    /** Every shop's transfers in {@code state} (all when null), newest first. */
    @RolesAllowed("PLATFORM_ADMIN")
    public Page<TransferView> transfers(PayoutState state, PageRequest page) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        Page<ShopTransfer> found = transfers.inState(state, page);
        Map<Long, ShopFacts> names = shops.findAll(found.items().stream().map(ShopTransfer::vendorId).collect(Collectors.toSet()));
        return found.map(t -> TransferView.of(t, names.get(t.vendorId()).name()));
    }

    @RolesAllowed("PLATFORM_ADMIN")
    public List<PausedShopView> pausedShops() {
        callers.requireActive(Role.PLATFORM_ADMIN);
        List<PayoutPause> pauses = transfers.pauses();
        Map<Long, ShopFacts> names = shops.findAll(pauses.stream().map(PayoutPause::vendorId).collect(Collectors.toSet()));
        return pauses.stream().map(p -> PausedShopView.of(p, names.get(p.vendorId()).name())).toList();
    }

    /** Stops the shop's transfers until resumed; a reason is required. Pausing a paused shop is a conflict. */
    @RolesAllowed("PLATFORM_ADMIN")
    public PausedShopView pause(long vendorId, String reason) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        ShopFacts shop = shops.find(vendorId).orElseThrow(() -> new NotFoundException("No shop " + vendorId));
        String why = FieldProblems.strip(reason);
        new FieldProblems().required("reason", why, 500).throwIfAny();
        if (transfers.pauseOf(vendorId).isPresent()) {
            throw new ConflictException("vendorId", "the shop's payouts are already paused");
        }
        PayoutPause pause = new PayoutPause(vendorId, why, callers.email(), Instant.now());
        transfers.pause(pause);
        audit.recordWithChange(SecurityAudit.PAYOUTS_PAUSED, null, callers.email(), null, "shop " + vendorId + " (" + shop.name() + "): " + why);
        return PausedShopView.of(pause, shop.name());
    }

    /** Lets the shop's transfers go again; a shop that is not paused is a conflict. */
    @RolesAllowed("PLATFORM_ADMIN")
    public void resume(long vendorId) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        ShopFacts shop = shops.find(vendorId).orElseThrow(() -> new NotFoundException("No shop " + vendorId));
        PayoutPause pause = transfers.pauseOf(vendorId)
                .orElseThrow(() -> new ConflictException("vendorId", "the shop's payouts are not paused"));
        transfers.resume(pause);
        audit.recordWithChange(SecurityAudit.PAYOUTS_RESUMED, null, callers.email(), null,
                "shop " + vendorId + " (" + shop.name() + "), paused since " + pause.pausedAt() + " for: " + pause.reason());
    }
}
