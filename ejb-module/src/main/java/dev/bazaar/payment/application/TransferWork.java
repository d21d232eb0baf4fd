package dev.bazaar.payment.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ObjLongConsumer;

import dev.bazaar.kernel.Money;
import dev.bazaar.payment.domain.Dispute;
import dev.bazaar.payment.domain.Ledger;
import dev.bazaar.payment.domain.PayoutState;
import dev.bazaar.payment.domain.Postings;
import dev.bazaar.payment.domain.ShopTransfer;
import dev.bazaar.payment.domain.Transfers;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The payout run's steps, each its own transaction, so that what Bazaar owes Stripe is on the database
 * before Stripe is asked and Stripe's answer is on it after: {@link #record} writes a shop's transfer
 * (SENDING, with its key) and its ledger entry together; {@link #claim} takes one for an attempt;
 * {@link #settle} keeps the answer. A refund of a transferred part records its reversal and both
 * entries in the refund's own transaction ({@link #reverseForRefund}), a dispute of one in the dispute's
 * ({@link #reverseForDispute}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TransferWork {

    /** How long an attempt may take before another run may send the same transfer again (same key). */
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration FIRST_RETRY = Duration.ofMinutes(5);
    private static final Duration LONGEST_RETRY = Duration.ofHours(6);

    @Inject
    Transfers transfers;

    @Inject
    Ledger ledger;

    public List<Transfers.Payee> payees() {
        return transfers.payees();
    }

    /**
     * Records transfers of the shop's available balance, one per currency with money available and no
     * transfer still open; returns how many. Under the shop's ledger lock, so a payout by hand or a second
     * run cannot spend the same balance.
     */
    public int record(Transfers.Payee payee, Instant now) {
        ledger.lockShop(payee.vendorId());
        if (transfers.payees().stream().noneMatch(p -> p.vendorId() == payee.vendorId())) {
            return 0; // paused or disconnected meanwhile
        }
        int recorded = 0;
        for (Ledger.Balance balance : ledger.balancesOf(payee.vendorId())) {
            if (balance.availableMinor() <= 0 || transfers.openFor(payee.vendorId(), balance.currency())) {
                continue; // nothing to send, a debt to pay off first, or a transfer still on its way
            }
            List<String> parts = transfers.untransferredParts(payee.vendorId(), balance.currency());
            Set<String> charges = new HashSet<>();
            Set<String> orders = new HashSet<>();
            for (Object[] sale : transfers.salesOf(parts)) {
                charges.add((String) sale[0]);
                orders.add((String) sale[1]);
            }
            // Stripe refuses a transfer larger than its source charge: name the charge only when the
            // transfer is exactly that one order's parts, not mixed with an adjustment or a debt
            boolean oneOrderOnly = orders.size() == 1
                    && transfers.netOf(payee.vendorId(), balance.currency(), parts) == balance.availableMinor();
            String charge = oneOrderOnly && charges.size() == 1 ? charges.iterator().next() : null;
            String group = orders.size() == 1 ? orders.iterator().next() : null;
            Money amount = Money.ofMinor(balance.availableMinor(), balance.currency());
            ShopTransfer transfer = transfers.add(new ShopTransfer(payee.vendorId(), amount, payee.stripeAccountId(), charge, group, now),
                    new ArrayList<>(parts));
            ledger.record(List.of(Postings.forTransfer(payee.vendorId(), transfer.id(), amount)), group, null, null, now);
            recorded++;
        }
        return recorded;
    }

    public List<Long> due(Instant now, int limit) {
        return transfers.due(now, limit);
    }

    public Optional<ShopTransfer> claim(long id, Instant now) {
        return transfers.claim(id, now, now.plus(LEASE));
    }

    /** Keeps Stripe's answer to the attempt with {@code key}: its id, or its refusal, or no answer (sent again with the same key). */
    public void settle(long id, String key, int attempts, Outcome outcome, Instant now) {
        transfers.settle(id, key, outcome.state(), outcome.stripeId(), outcome.error(), outcome.sent() ? now : retryAt(attempts, now), now);
    }

    public List<Long> dueReversals(Instant now, int limit) {
        return transfers.dueReversals(now, limit);
    }

    public Optional<Transfers.Reversal> claimReversal(long id, Instant now) {
        return transfers.claimReversal(id, now, now.plus(LEASE));
    }

    /** The Stripe id of the transfer a reversal takes money from, once Stripe has it. */
    public Optional<String> sentTransfer(long transferId) {
        return transfers.find(transferId).filter(t -> t.state() == PayoutState.SENT).map(ShopTransfer::stripeTransferId);
    }

    public void settleReversal(long id, String key, int attempts, Outcome outcome, Instant now) {
        transfers.settleReversal(id, key, outcome.state(), outcome.stripeId(), outcome.error(),
                outcome.sent() ? now : retryAt(attempts, now), now);
    }

    /**
     * In the refund's transaction: when the refunded part's money went out in a transfer, records a
     * reversal of the shop's share (the refund, no more than is left of the transfer) and its entry,
     * beside the refund's own. Sent by the next payout run.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void reverseForRefund(long vendorId, String orderNumber, String part, long refundId, Money refunded, Instant at) {
        reverse(vendorId, part, refunded, (transfer, amount) -> transfers.addReversal(transfer, refundId, amount, at)
                .ifPresent(reversalId -> ledger.record(List.of(Postings.forTransferReversal(vendorId, reversalId, transfer.id(), refundId,
                        Money.ofMinor(amount, refunded.currencyCode()))), orderNumber, part, null, at)));
    }

    /**
     * In the dispute's transaction, as for a refund: when the disputed part's money went out in a
     * transfer, records a reversal of the shop's share of the dispute (no more than is left of the
     * transfer) and its entry, beside the dispute's debit. Sent by the next payout run.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void reverseForDispute(long vendorId, String orderNumber, String part, Dispute dispute, Money share, Instant at) {
        reverse(vendorId, part, share, (transfer, amount) -> transfers.addDisputeReversal(transfer, dispute.id(), amount, at)
                .ifPresent(reversalId -> ledger.record(List.of(Postings.forDisputeReversal(vendorId, reversalId, transfer.id(),
                        dispute.stripeDisputeId(), Money.ofMinor(amount, share.currencyCode()))), orderNumber, part, dispute.stripeDisputeId(), at)));
    }

    private void reverse(long vendorId, String part, Money taken, ObjLongConsumer<ShopTransfer> record) {
        Optional<ShopTransfer> transfer = transfers.ofPart(part);
        if (transfer.isEmpty()) {
            return;
        }
        ledger.lockShop(vendorId);
        long left = transfer.get().amount().amountMinor() - transfers.reversedOf(transfer.get().id());
        long amount = Math.min(taken.amountMinor(), left);
        if (amount > 0) {
            record.accept(transfer.get(), amount);
        }
    }

    /** Five minutes after the first failed attempt, doubling each time, at most six hours. */
    static Instant retryAt(int attempts, Instant now) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 10));
        return now.plus(wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait);
    }

    /** What came of one attempt at Stripe. */
    public record Outcome(PayoutState state, String stripeId, String error) {

        static Outcome sentAs(String stripeId) {
            return new Outcome(PayoutState.SENT, stripeId, null);
        }

        static Outcome of(GatewayException e) {
            String error = (e.code() + ": " + e.getMessage());
            return new Outcome(e.retryable() ? PayoutState.SENDING : PayoutState.FAILED, null,
                    error.length() <= 500 ? error : error.substring(0, 500));
        }

        boolean sent() {
            return state == PayoutState.SENT;
        }
    }
}
