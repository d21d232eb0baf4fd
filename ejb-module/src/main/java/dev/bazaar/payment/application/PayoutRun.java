package dev.bazaar.payment.application;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.Role;
import dev.bazaar.payment.domain.PayoutState;
import dev.bazaar.payment.domain.ShopTransfer;
import dev.bazaar.payment.domain.Transfers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Pays the shops through Stripe Connect: for each shop whose connected account takes payouts and whose
 * payouts no admin paused, records a transfer of its available balance per currency (nothing while it
 * owes), then sends every transfer and reversal that is due, each with its idempotency key, outside any
 * transaction. Several servers, or an admin's run beside the timer's, may run at once: recording is under
 * the shop's ledger lock and one open transfer per shop and currency, and each send is claimed first,
 * so a transfer reaches Stripe from one run at a time and, when resent, with the key Stripe already knows.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PayoutRun {

    /** What one run did: transfers recorded, and transfers and reversals Stripe made, refused, or left unanswered. */
    public record Summary(int recorded, int sent, int failed, int unanswered, int reversed) {
    }

    private static final Logger LOG = Logger.getLogger(PayoutRun.class.getName());
    private static final int BATCH = 100;

    @EJB
    TransferWork work;

    @Inject
    CardGateway gateway;

    @Inject
    CallerScope callers;

    /** An admin's run, now (operations, tests). */
    @RolesAllowed("PLATFORM_ADMIN")
    public Summary runNow() {
        callers.requireActive(Role.PLATFORM_ADMIN);
        return run(Instant.now());
    }

    /** The timer's run. */
    public Summary run(Instant now) {
        int recorded = 0;
        for (Transfers.Payee payee : work.payees()) {
            try {
                recorded += work.record(payee, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not record a transfer to shop " + payee.vendorId() + "; the next run tries again", e);
            }
        }
        int sent = 0;
        int failed = 0;
        int unanswered = 0;
        for (long id : work.due(now, BATCH)) {
            Optional<ShopTransfer> claimed = work.claim(id, now);
            if (claimed.isEmpty()) {
                continue; // another run has it
            }
            TransferWork.Outcome outcome = send(claimed.get());
            work.settle(id, claimed.get().idempotencyKey(), claimed.get().attempts(), outcome, Instant.now());
            switch (outcome.state()) {
                case SENT -> sent++;
                case FAILED -> failed++;
                case SENDING -> unanswered++;
            }
        }
        int reversed = 0;
        for (long id : work.dueReversals(now, BATCH)) {
            Optional<Transfers.Reversal> claimed = work.claimReversal(id, now);
            if (claimed.isEmpty()) {
                continue;
            }
            TransferWork.Outcome outcome = reverse(claimed.get());
            work.settleReversal(id, claimed.get().idempotencyKey(), claimed.get().attempts(), outcome, Instant.now());
            reversed += outcome.state() == PayoutState.SENT ? 1 : 0;
        }
        if (recorded + sent + failed + unanswered + reversed > 0) {
            LOG.info("Payout run: " + recorded + " transfers recorded, " + sent + " sent, " + failed + " refused by Stripe, "
                    + unanswered + " unanswered (sent again later with the same key), " + reversed + " reversals sent");
        }
        return new Summary(recorded, sent, failed, unanswered, reversed);
    }

    private TransferWork.Outcome send(ShopTransfer transfer) {
        try {
            return TransferWork.Outcome.sentAs(gateway.transfer(new CardGateway.TransferRequest(transfer.amount(), transfer.destination(),
                    transfer.sourceCharge(), transfer.transferGroup(), "Bazaar payout " + transfer.id(),
                    Map.of("bazaar_transfer_id", Long.toString(transfer.id()), "bazaar_vendor_id", Long.toString(transfer.vendorId()),
                            "bazaar_period_end", transfer.createdAt().toString())), transfer.idempotencyKey()));
        } catch (GatewayException e) {
            LOG.log(Level.WARNING, "Transfer " + transfer.id() + " to shop " + transfer.vendorId() + ": " + e.code() + " " + e.getMessage());
            return TransferWork.Outcome.of(e);
        }
    }

    private TransferWork.Outcome reverse(Transfers.Reversal reversal) {
        Optional<String> transfer = work.sentTransfer(reversal.transferId());
        if (transfer.isEmpty()) {
            return new TransferWork.Outcome(PayoutState.SENDING, null, "waiting: transfer " + reversal.transferId() + " is not sent yet");
        }
        try {
            return TransferWork.Outcome.sentAs(gateway.reverseTransfer(transfer.get(), reversal.amount(),
                    reversal.refundId() != null
                            ? Map.of("bazaar_refund_id", Long.toString(reversal.refundId()), "bazaar_vendor_id", Long.toString(reversal.vendorId()))
                            : Map.of("bazaar_dispute_id", Long.toString(reversal.disputeId()), "bazaar_vendor_id", Long.toString(reversal.vendorId())),
                    reversal.idempotencyKey()));
        } catch (GatewayException e) {
            LOG.log(Level.WARNING, "Reversal " + reversal.id() + " of transfer " + reversal.transferId() + ": " + e.code() + " " + e.getMessage());
            return TransferWork.Outcome.of(e);
        }
    }
}
