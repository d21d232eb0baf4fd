package dev.bazaar.payment.application;

import java.time.Instant;
import java.util.List;

import dev.bazaar.kernel.Money;

/**
 * A shop's monthly statement in one currency: its balance when the month (UTC) began, the month's
 * entries oldest first and their totals by kind, and its balance when the month ended (or now, for the
 * month still running). {@code opening} plus every kind's total is {@code closing}.
 */
public record StatementView(long vendorId, String shopName, String month, String currency, Instant from, Instant to, Money opening,
                            List<KindTotal> byKind, List<LedgerEntryView> entries, Money closing) {

    /** The month's entries of one kind: how many, and what they add up to. */
    public record KindTotal(String kind, int count, Money total) {
    }
}
