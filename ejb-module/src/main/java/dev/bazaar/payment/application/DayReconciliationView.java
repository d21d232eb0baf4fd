package dev.bazaar.payment.application;

import java.time.LocalDate;

/**
 * One UTC day's reconciliation in one currency: the day's payments, refunds, disputes and payouts
 * against the entries the ledger recorded that day. The days' differences add up to the whole
 * reconciliation's; a difference on one day that the next day's cancels is an entry written just after
 * midnight (the ledger follows its events by a moment).
 */
public record DayReconciliationView(LocalDate day, ReconciliationView money) {
}
