package dev.bazaar.payment.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import dev.bazaar.payment.domain.Dispute;
import dev.bazaar.payment.domain.Ledger;
import dev.bazaar.payment.domain.LedgerEntry;
import dev.bazaar.payment.domain.Posting;
import dev.bazaar.payment.domain.Postings;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * A dispute's entries on the shops' ledger, written in the transaction that records what Stripe says
 * of the dispute (the webhook's): opened, each part of the disputed order is debited its share
 * ({@link Postings#forDispute}); won, each is credited back what it was debited; lost, the debit stays.
 * Every entry's key names the dispute and the part, so a replayed webhook writes nothing twice.
 */
@Dependent
public class DisputePostings {

    private static final Logger LOG = Logger.getLogger(DisputePostings.class.getName());

    @Inject
    Ledger ledger;

    void opened(Dispute dispute, String orderNumber, Instant at) {
        Map<String, Posting> postings = Postings.forDispute(dispute.stripeDisputeId(), dispute.amount(),
                ledger.partsOf(orderNumber, dispute.amount().currencyCode()));
        if (postings.isEmpty()) {
            // the order's sales are not on the ledger (its payment came after it was cancelled, or the
            // ledger's consumer is behind): the reconciliation shows the dispute as a difference
            LOG.warning("Dispute " + dispute.stripeDisputeId() + " of order " + orderNumber + " finds no part of it on the ledger to debit");
        }
        postings.forEach((part, posting) -> ledger.record(List.of(posting), orderNumber, part, dispute.stripeDisputeId(), at));
    }

    void won(Dispute dispute, Instant at) {
        for (LedgerEntry debited : ledger.disputed(dispute.stripeDisputeId())) {
            ledger.record(List.of(Postings.forDisputeWon(debited.vendorId(), debited.vendorOrderNumber(), dispute.stripeDisputeId(),
                    debited.amount())), debited.orderNumber(), debited.vendorOrderNumber(), dispute.stripeDisputeId(), at);
        }
    }
}
