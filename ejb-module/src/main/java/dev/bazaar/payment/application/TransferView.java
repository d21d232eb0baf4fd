package dev.bazaar.payment.application;

import java.time.Instant;

import dev.bazaar.kernel.Money;
import dev.bazaar.payment.domain.PayoutState;
import dev.bazaar.payment.domain.ShopTransfer;

/**
 * A transfer to a shop's connected account as pages and the API show it. {@code state}: SENDING (on its
 * way; sent again with the same key until Stripe answers), SENT (Stripe made {@code stripeTransferId}),
 * FAILED (Stripe refused: {@code lastError}; tried again from {@code nextAttemptAt}).
 */
public record TransferView(long id, long vendorId, String shopName, Money amount, String state, String stripeTransferId,
                           String sourceCharge, String transferGroup, int attempts, String lastError, Instant nextAttemptAt,
                           Instant createdAt, Instant updatedAt) {

    static TransferView of(ShopTransfer t, String shopName) {
        return new TransferView(t.id(), t.vendorId(), shopName, t.amount(), t.state().name(), t.stripeTransferId(), t.sourceCharge(),
                t.transferGroup(), t.attempts(), t.lastError(), t.state() == PayoutState.SENT ? null : t.nextAttemptAt(), t.createdAt(),
                t.updatedAt());
    }
}
