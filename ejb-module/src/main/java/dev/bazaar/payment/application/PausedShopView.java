package dev.bazaar.payment.application;

import java.time.Instant;

import dev.bazaar.payment.domain.PayoutPause;

/** A shop whose payouts an admin paused: who, when and why. */
public record PausedShopView(long vendorId, String shopName, String reason, String pausedBy, Instant pausedAt) {

    static PausedShopView of(PayoutPause pause, String shopName) {
        return new PausedShopView(pause.vendorId(), shopName, pause.reason(), pause.pausedBy(), pause.pausedAt());
    }
}
