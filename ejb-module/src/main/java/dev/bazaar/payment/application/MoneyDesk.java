package dev.bazaar.payment.application;

import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.FieldProblems;
import dev.bazaar.kernel.IdempotencyKey;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Role;
import dev.bazaar.kernel.SecretTokens;
import dev.bazaar.payment.domain.Ledger;
import dev.bazaar.payment.domain.ManualMovement;
import dev.bazaar.vendor.application.ShopDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * What platform admins record by hand on a shop's ledger, each once per Idempotency-Key: a payout
 * made outside Stripe (never more than the shop's available balance in that currency, under a lock
 * on the shop's ledger so two at once cannot both spend it), or an adjustment with a reason. Bad
 * input is refused by field and writes nothing.
 */
@Stateless
@RolesAllowed("PLATFORM_ADMIN")
public class MoneyDesk {

    /** What was recorded, and whether an earlier request with the same key had recorded it already. */
    public record Recorded(MovementView movement, boolean replayed) {
    }

    @Inject
    CallerScope callers;

    @Inject
    Ledger ledger;

    @Inject
    ShopDirectory shops;

    public Recorded payOut(long vendorId, MovementInput input, String idempotencyKey) {
        return record(ManualMovement.Kind.MANUAL_PAYOUT, vendorId, input, idempotencyKey);
    }

    public Recorded adjust(long vendorId, MovementInput input, String idempotencyKey) {
        return record(ManualMovement.Kind.ADJUSTMENT, vendorId, input, idempotencyKey);
    }

    private Recorded record(ManualMovement.Kind kind, long vendorId, MovementInput input, String idempotencyKey) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        shops.find(vendorId).orElseThrow(() -> new NotFoundException("No shop " + vendorId));
        IdempotencyKey.check(idempotencyKey);
        String recordedBy = callers.email();
        String requestHash = SecretTokens.hash(kind + "|" + vendorId + "|" + input.fingerprint());
        ledger.lockShop(vendorId);
        if (idempotencyKey != null) {
            Optional<ManualMovement> earlier = ledger.movementByKey(recordedBy, idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash().equals(requestHash)) {
                    throw new InvalidInputException("Idempotency-Key", "was already used for a different request; send a new key");
                }
                return new Recorded(MovementView.of(earlier.get()), true);
            }
        }
        boolean payout = kind == ManualMovement.Kind.MANUAL_PAYOUT;
        String note = FieldProblems.strip(input.note());
        String currency = input.currency() == null ? null : input.currency().strip().toUpperCase(Locale.ROOT);
        Long amount = input.amountMinor();
        new FieldProblems()
                .required(payout ? "reference" : "reason", note, payout ? 200 : 500)
                .when(currency == null || !isCurrency(currency), "currency", "must be an ISO 4217 code such as NOK or EUR")
                .when(amount == null, "amountMinor", "is required")
                .when(amount != null && payout && amount <= 0, "amountMinor", "must be more than zero")
                .when(amount != null && !payout && amount == 0, "amountMinor", "must not be zero")
                .throwIfAny();
        Optional<Ledger.Balance> balance = ledger.balancesOf(vendorId).stream().filter(b -> b.currency().equals(currency)).findFirst();
        if (balance.isEmpty()) {
            throw new InvalidInputException("currency", "the shop has no balance in " + currency);
        }
        if (payout && amount > balance.get().availableMinor()) {
            throw new InvalidInputException("amountMinor", "is more than the shop's available balance of "
                    + Money.ofMinor(Math.max(0, balance.get().availableMinor()), currency).format(Locale.ENGLISH));
        }
        ManualMovement movement = ledger.add(new ManualMovement(new ManualMovement.Request(kind, vendorId, Money.ofMinor(amount, currency),
                note, recordedBy, idempotencyKey, requestHash), Instant.now()));
        ledger.record(movement.postings(), null, null, null, movement.createdAt());
        return new Recorded(MovementView.of(movement), false);
    }

    static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return code.length() == 3;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
