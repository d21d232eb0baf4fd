package dev.bazaar.payment.application;

import java.time.Instant;

import dev.bazaar.kernel.Money;
import dev.bazaar.payment.domain.ManualMovement;

/** A payout made by hand or an adjustment, as the API shows it. */
public record MovementView(long id, String kind, long vendorId, Money amount, String note, String recordedBy, Instant createdAt) {

    static MovementView of(ManualMovement m) {
        return new MovementView(m.id(), m.kind().name(), m.vendorId(), m.amount(), m.note(), m.recordedBy(), m.createdAt());
    }
}
