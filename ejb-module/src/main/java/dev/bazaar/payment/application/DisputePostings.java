package dev.bazaar.payment.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import dev.bazaar.kernel.Money;
import dev.bazaar.payment.domain.CardPayment;
import dev.bazaar.payment.domain.Dispute;
import dev.bazaar.payment.domain.Disputes;
import dev.bazaar.payment.domain.Ledger;
import dev.bazaar.payment.domain.LedgerEntry;
import dev.bazaar.payment.domain.Posting;
import dev.bazaar.payment.domain.Postings;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * A dispute's entries on the ledger (ADR 21, ADR 24), written in the transaction that learns of them:
 * the webhook's when Stripe reports the dispute, the ledger consumer's when a sale of the disputed order
 * arrives after the dispute. Once the dispute's funds were withdrawn (never for an inquiry) and every
 * part of the order is on the ledger, each part is debited its share ({@link Postings#forDispute}) and
 * a part whose money was already transferred has that transfer reversed for the share; won, each part
 * is credited back what it was debited; lost, the debit stays. Stripe's fees on the dispute's balance
 * transactions are the platform's. Every entry's key names the dispute (or the balance transaction)
 * and the part, so a replayed webhook or event writes nothing twice, in whatever order they come.
 */
@Dependent
public class DisputePostings {

    private static final Logger LOG = Logger.getLogger(DisputePostings.class.getName());

    @Inject
    Ledger ledger;

    @Inject
    Disputes disputes;

    @EJB
    TransferWork transfers;

    /** Fees of the dispute's balance transactions, as Stripe reports them: one per transaction, with its id. */
    public record Fee(String balanceTransactionId, Money fee) {
    }

    /** Stripe reported the dispute (opened, updated or closed), with the fees of its balance transactions so far. */
    void reported(Dispute dispute, CardPayment payment, List<Fee> fees, Instant at) {
        ledger.lockOrder(payment.orderNumber());
        for (Fee fee : fees) {
            ledger.record(Postings.forDisputeFee(dispute.stripeDisputeId(), fee.balanceTransactionId(), fee.fee()),
                    payment.orderNumber(), null, fee.balanceTransactionId(), at);
        }
        dispute.fees(fees.stream().mapToLong(f -> Math.max(f.fee().amountMinor(), 0)).sum(),
                fees.stream().mapToLong(f -> Math.max(-f.fee().amountMinor(), 0)).sum());
        post(dispute, payment, at);
    }

    /**
     * A sale of the order reached the ledger: a dispute that came first is posted now, if the order is
     * whole. The disputes are read under the order's lock, so one that the webhook records at this
     * moment is either seen here or sees this sale.
     */
    void saleRecorded(CardPayment payment, Instant at) {
        ledger.lockOrder(payment.orderNumber());
        disputes.ofGroup(payment.orderGroupId()).forEach(dispute -> post(dispute, payment, at));
    }

    private void post(Dispute dispute, CardPayment payment, Instant at) {
        if (!dispute.fundsWithdrawn()) {
            return; // an inquiry: no money left the platform's balance
        }
        List<LedgerEntry> debited = ledger.disputed(dispute.stripeDisputeId());
        if (debited.isEmpty()) {
            String currency = dispute.amount().currencyCode();
            if (ledger.paidFor(payment.orderNumber(), currency) < payment.amount().amountMinor()) {
                // a part's sale is not on the ledger yet (the ledger's consumer is behind): posted when it arrives
                LOG.info("Dispute " + dispute.stripeDisputeId() + " of order " + payment.orderNumber()
                        + " waits for the order's sales to reach the ledger");
                return;
            }
            debit(dispute, payment.orderNumber(), at);
            debited = ledger.disputed(dispute.stripeDisputeId());
        }
        if (dispute.won()) {
            for (LedgerEntry debit : debited) {
                ledger.record(List.of(Postings.forDisputeWon(debit.vendorId(), debit.vendorOrderNumber(), dispute.stripeDisputeId(),
                        debit.amount())), debit.orderNumber(), debit.vendorOrderNumber(), dispute.stripeDisputeId(), at);
            }
        }
    }

    private void debit(Dispute dispute, String orderNumber, Instant at) {
        Map<String, Posting> postings = Postings.forDispute(dispute.stripeDisputeId(), dispute.amount(),
                ledger.partsOf(orderNumber, dispute.amount().currencyCode()));
        if (postings.isEmpty()) {
            // every part was refunded or disputed already: the reconciliation shows the dispute as a difference
            LOG.warning("Dispute " + dispute.stripeDisputeId() + " of order " + orderNumber + " finds nothing left of it on the ledger to debit");
        }
        postings.forEach((part, posting) -> {
            ledger.record(List.of(posting), orderNumber, part, dispute.stripeDisputeId(), at);
            transfers.reverseForDispute(posting.vendorId(), orderNumber, part, dispute,
                    Money.ofMinor(-posting.amount().amountMinor(), posting.amount().currencyCode()), at);
        });
    }
}
