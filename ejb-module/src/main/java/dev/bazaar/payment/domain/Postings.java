package dev.bazaar.payment.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.bazaar.kernel.Money;

/**
 * The entries each movement of money writes, so that per currency every account's entries add up to
 * what shoppers paid minus what went back to them:
 * <ul>
 * <li>a paid part: the shop's sale, worth what the shopper paid for the part plus the discount the
 * platform funded (its lines, shipping and tax less the shop's own discount), the commission debited
 * from the shop and earned by the platform, and the funded discount as the platform's cost;</li>
 * <li>a refund: debited from the shop whose part it was, whole (the commission is not given back);</li>
 * <li>a dispute: debited from the shops whose parts the disputed charge paid, shared in proportion to
 * what is left of each part, and credited back to them if the dispute is won (the commission stays
 * earned, as with a refund); Stripe's fee for it is the platform's, withdrawn and perhaps returned;</li>
 * <li>a transfer reversal (for a refund or a dispute of a part whose money was transferred): credited
 * to the shop, as the refund or dispute debited it.</li>
 * </ul>
 * Entries of zero are not written.
 */
public final class Postings {

    /** A shop's part of an order whose payment arrived. */
    public record PaidPart(long vendorId, String orderNumber, String vendorOrderNumber, Money paid, Money commission,
                           Money platformDiscount) {
    }

    /** A shop's part of a disputed order: what is left of what the shopper paid for it (its sale less refunds and disputes). */
    public record DisputedPart(long vendorId, String vendorOrderNumber, Money left) {
    }

    private Postings() {
    }

    public static List<Posting> forPaidPart(PaidPart part) {
        String ref = part.vendorOrderNumber();
        List<Posting> postings = new ArrayList<>();
        add(postings, part.vendorId(), LedgerKind.SALE, part.paid().plus(part.platformDiscount()), "sale:" + ref,
                "Sale " + ref);
        add(postings, part.vendorId(), LedgerKind.COMMISSION, negated(part.commission()), "commission:" + ref,
                "Commission on " + ref);
        add(postings, null, LedgerKind.COMMISSION_EARNED, part.commission(), "commission-earned:" + ref,
                "Commission on " + ref);
        add(postings, null, LedgerKind.DISCOUNT_FUNDED, negated(part.platformDiscount()), "discount-funded:" + ref,
                "Platform-funded discount on " + ref);
        return postings;
    }

    public static Posting forRefund(long vendorId, String vendorOrderNumber, long refundId, Money amount) {
        return new Posting(vendorId, LedgerKind.REFUND, negated(amount), "refund:" + refundId,
                "Refund " + refundId + " of " + vendorOrderNumber);
    }

    /**
     * The charge's dispute, shared between the parts it paid: each part bears the disputed amount in
     * proportion to what is left of it, rounded down, and the few minor units left over go one each to
     * the first parts, so the shares add up to the disputed amount exactly. Parts with nothing left bear
     * nothing; an order with nothing left at all posts nothing. By part number, in the parts' order.
     */
    public static Map<String, Posting> forDispute(String disputeId, Money disputed, List<DisputedPart> parts) {
        List<DisputedPart> bearing = parts.stream().filter(p -> p.left().amountMinor() > 0).toList();
        long whole = bearing.stream().mapToLong(p -> p.left().amountMinor()).sum();
        Map<String, Posting> postings = new LinkedHashMap<>();
        if (whole == 0) {
            return postings;
        }
        long[] shares = new long[bearing.size()];
        long leftOver = disputed.amountMinor();
        for (int i = 0; i < shares.length; i++) {
            shares[i] = Math.multiplyExact(disputed.amountMinor(), bearing.get(i).left().amountMinor()) / whole;
            leftOver -= shares[i];
        }
        for (int i = 0; i < shares.length; i++) {
            long share = shares[i] + (i < leftOver ? 1 : 0);
            DisputedPart part = bearing.get(i);
            if (share != 0) {
                postings.put(part.vendorOrderNumber(), new Posting(part.vendorId(), LedgerKind.DISPUTE,
                        Money.ofMinor(-share, disputed.currencyCode()), "dispute:" + disputeId + ":" + part.vendorOrderNumber(),
                        "Dispute " + disputeId + " of " + part.vendorOrderNumber()));
            }
        }
        return postings;
    }

    /** A won dispute gives the part back what its dispute entry took. */
    public static Posting forDisputeWon(long vendorId, String vendorOrderNumber, String disputeId, Money debited) {
        return new Posting(vendorId, LedgerKind.DISPUTE_WON, negated(debited), "dispute-won:" + disputeId + ":" + vendorOrderNumber,
                "Dispute " + disputeId + " won: " + vendorOrderNumber + " credited back");
    }

    /** Money sent to the shop by hand: debited from its balance. */
    public static Posting forManualPayout(long vendorId, long payoutId, Money amount, String reference) {
        return new Posting(vendorId, LedgerKind.MANUAL_PAYOUT, negated(amount), "manual-payout:" + payoutId, "Paid out by hand: " + reference);
    }

    /** Money sent to the shop's connected account by a Stripe Transfer: debited from its balance when the transfer is recorded. */
    public static Posting forTransfer(long vendorId, long transferId, Money amount) {
        return new Posting(vendorId, LedgerKind.TRANSFER, negated(amount), "transfer:" + transferId,
                "Transfer " + transferId + " to the shop's Stripe account");
    }

    /** A refunded part's share taken back from the shop's connected account: credited, as the refund debited it. */
    public static Posting forTransferReversal(long vendorId, long reversalId, long transferId, long refundId, Money amount) {
        return new Posting(vendorId, LedgerKind.TRANSFER_REVERSAL, amount, "transfer-reversal:" + reversalId,
                "Reversal of transfer " + transferId + " for refund " + refundId);
    }

    /** A disputed part's share taken back from the shop's connected account: credited, as the dispute debited it. */
    public static Posting forDisputeReversal(long vendorId, long reversalId, long transferId, String disputeId, Money amount) {
        return new Posting(vendorId, LedgerKind.TRANSFER_REVERSAL, amount, "transfer-reversal:" + reversalId,
                "Reversal of transfer " + transferId + " for dispute " + disputeId);
    }

    /**
     * Stripe's fee on one balance transaction of a dispute, on the platform's account: a fee withdrawn
     * (positive in Stripe's terms) is debited, a fee returned (negative) credited. Keyed by the balance
     * transaction, so each is written once; none for a transaction without a fee.
     */
    public static List<Posting> forDisputeFee(String disputeId, String balanceTransactionId, Money fee) {
        List<Posting> postings = new ArrayList<>();
        add(postings, null, LedgerKind.DISPUTE_FEE, negated(fee), "dispute-fee:" + balanceTransactionId,
                (fee.amountMinor() < 0 ? "Dispute fee returned: " : "Dispute fee: ") + disputeId);
        return postings;
    }

    /** An admin's correction of a shop's balance (either way), and its other side on the platform's account. */
    public static List<Posting> forAdjustment(long vendorId, long adjustmentId, Money amount, String reason) {
        return List.of(new Posting(vendorId, LedgerKind.ADJUSTMENT, amount, "adjustment:" + adjustmentId, "Adjustment: " + reason),
                new Posting(null, LedgerKind.ADJUSTMENT_OFFSET, negated(amount), "adjustment-offset:" + adjustmentId,
                        "Adjustment of shop " + vendorId + ": " + reason));
    }

    private static void add(List<Posting> postings, Long vendorId, LedgerKind kind, Money amount, String key, String memo) {
        if (amount.amountMinor() != 0) {
            postings.add(new Posting(vendorId, kind, amount, key, memo));
        }
    }

    private static Money negated(Money money) {
        return Money.ofMinor(-money.amountMinor(), money.currencyCode());
    }
}
