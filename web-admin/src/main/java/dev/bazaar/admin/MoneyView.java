package dev.bazaar.admin;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import dev.bazaar.kernel.Money;
import dev.bazaar.payment.application.BalanceView;
import dev.bazaar.payment.application.LedgerCsv;
import dev.bazaar.payment.application.LedgerEntryView;
import dev.bazaar.payment.application.MoneyDesk;
import dev.bazaar.payment.application.MovementInput;
import dev.bazaar.payment.application.PausedShopView;
import dev.bazaar.payment.application.ShopMoney;
import dev.bazaar.payment.application.ShopTransfers;
import dev.bazaar.payment.application.TransferView;
import dev.bazaar.payment.domain.LedgerKind;
import dev.bazaar.payment.domain.PayoutState;
import dev.bazaar.web.Outcome;
import dev.bazaar.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * Money: a shop's team sees its balance per currency, its transfers to its Stripe account with their
 * state, its ledger (filter by kind and dates, CSV export) and asks for a monthly statement
 * ({@link StatementPage}); platform admins see every shop's balance (or just the shops that owe), the
 * transfers Stripe refused, and the shops whose payouts are paused, which they pause and resume, and record
 * payouts by hand. The admins' reconciliation and commission chart are {@link MoneyReconciliationView}'s.
 */
@Named("money")
@ViewScoped
public class MoneyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ShopMoney shopMoney;

    @EJB
    MoneyDesk desk;

    @EJB
    ShopTransfers shopTransfers;

    private boolean admin;
    private boolean owingOnly;
    private String kind;
    private String from;
    private String to;
    private LedgerKind kindFilter;
    private LocalDate fromFilter;
    private LocalDate toFilter;
    private PagedLazyModel<LedgerEntryView> ledger;
    private List<BalanceView> balances = List.of();
    private PagedLazyModel<TransferView> transfers;
    private List<PausedShopView> pausedShops = List.of();
    private String pauseShop;
    private String pauseReason;
    private BalanceView payoutOf;
    private String payoutAmount;
    private String payoutReference;
    private String payoutKey;

    @PostConstruct
    void init() {
        admin = CallerRoles.isPlatformAdmin();
        ledger = new PagedLazyModel<>((filterBy, sortBy, page) -> shopMoney.myEntries(kindFilter, fromFilter, toFilter, page),
                entry -> String.valueOf(entry.id()));
        transfers = new PagedLazyModel<>((filterBy, sortBy, page) -> admin ? shopTransfers.transfers(PayoutState.FAILED, page)
                : shopTransfers.myTransfers(page), transfer -> String.valueOf(transfer.id()));
        refresh();
    }

    /** Reads the balances (and for admins the paused shops) again, after a change or the owing filter. */
    public void refresh() {
        balances = admin ? shopMoney.shopBalances(owingOnly) : shopMoney.myBalances();
        pausedShops = admin ? shopTransfers.pausedShops() : List.of();
    }

    /** Pauses the shop's payouts with the reason given; a refusal is told by field and nothing is written. */
    public void pause() {
        long shop;
        try {
            shop = Long.parseLong(pauseShop == null ? "" : pauseShop.strip().replace("#", ""));
        } catch (NumberFormatException e) {
            PageMessages.error("Shop: give the shop's number, as shown beside its name.");
            return;
        }
        if (Outcome.sentences(Map.of("reason", "Reason", "vendorId", "Shop"))
                .report(() -> shopTransfers.pause(shop, pauseReason), "Payouts of shop #" + shop + " paused.")) {
            pauseShop = null;
            pauseReason = null;
            refresh();
        }
    }

    public void resume(PausedShopView paused) {
        if (Outcome.sentences(Map.of("vendorId", "Shop"))
                .report(() -> shopTransfers.resume(paused.vendorId()), "Payouts of " + paused.shopName() + " resumed.")) {
            refresh();
        }
    }

    /** The months a statement can be asked for: this one (UTC) and the 23 before it, newest first. */
    public List<YearMonth> getStatementMonths() {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        return IntStream.range(0, 24).mapToObj(now::minusMonths).toList();
    }

    /** The currencies a statement can be asked in: those the shop (for admins, any shop) has money in. */
    public List<String> getStatementCurrencies() {
        return balances.stream().map(BalanceView::currency).distinct().sorted().toList();
    }

    public PagedLazyModel<TransferView> getTransfers() {
        return transfers;
    }

    public List<PausedShopView> getPausedShops() {
        return pausedShops;
    }

    public String getPauseShop() {
        return pauseShop;
    }

    public void setPauseShop(String pauseShop) {
        this.pauseShop = pauseShop;
    }

    public String getPauseReason() {
        return pauseReason;
    }

    public void setPauseReason(String pauseReason) {
        this.pauseReason = pauseReason;
    }

    public List<BalanceView> getBalances() {
        return balances;
    }

    /** Applies the ledger's filter form; a bad date or dates the wrong way round are a message, and the table stays as it was. */
    public void find() {
        try {
            LocalDate first = DateInput.parse("From", from);
            LocalDate last = DateInput.parse("To", to);
            if (first != null && last != null && first.isAfter(last)) {
                PageMessages.error("From must not be after To.");
                return;
            }
            kindFilter = kind == null || kind.isBlank() ? null : LedgerKind.valueOf(kind);
            fromFilter = first;
            toFilter = last;
        } catch (IllegalArgumentException e) {
            PageMessages.error(e.getMessage());
        }
    }

    public void clear() {
        kind = null;
        from = null;
        to = null;
        kindFilter = null;
        fromFilter = null;
        toFilter = null;
    }

    /** Opens the payout form for one shop's balance, with a fresh key so a double submit records one payout. */
    public void startPayout(BalanceView balance) {
        payoutOf = balance;
        payoutAmount = balance.available().toDecimal().max(BigDecimal.ZERO).toPlainString();
        payoutReference = null;
        payoutKey = UUID.randomUUID().toString();
    }

    /** Records the payout made by hand; a refusal is told beside the form and nothing is written. */
    public void recordPayout() {
        String currency = payoutOf.currency();
        Long amount;
        try {
            amount = Money.parse(payoutAmount, currency).amountMinor();
        } catch (IllegalArgumentException e) {
            PageMessages.error("Amount: " + e.getMessage() + ".");
            return;
        }
        if (Outcome.sentences(Map.of("amountMinor", "Amount", "reference", "Reference", "currency", "Currency"))
                .report(() -> desk.payOut(payoutOf.vendorId(), new MovementInput(currency, amount, payoutReference), payoutKey),
                        "Payout of " + Money.ofMinor(amount, currency).format(Locale.ENGLISH) + " to " + payoutOf.shopName() + " recorded.")) {
            payoutOf = null;
            refresh();
        }
    }

    public void cancelPayout() {
        payoutOf = null;
    }

    public void exportCsv() throws IOException {
        CsvDownload.of("ledger", LedgerCsv.HEADER, ledger, LedgerCsv::row);
    }

    public LedgerKind[] getKinds() {
        return new LedgerKind[] {LedgerKind.SALE, LedgerKind.COMMISSION, LedgerKind.REFUND, LedgerKind.TRANSFER, LedgerKind.TRANSFER_REVERSAL,
            LedgerKind.DISPUTE, LedgerKind.DISPUTE_WON};
    }

    public BalanceView getPayoutOf() {
        return payoutOf;
    }

    public String getPayoutAmount() {
        return payoutAmount;
    }

    public void setPayoutAmount(String payoutAmount) {
        this.payoutAmount = payoutAmount;
    }

    public String getPayoutReference() {
        return payoutReference;
    }

    public void setPayoutReference(String payoutReference) {
        this.payoutReference = payoutReference;
    }

    public boolean isAdmin() {
        return admin;
    }

    public boolean isOwingOnly() {
        return owingOnly;
    }

    public void setOwingOnly(boolean owingOnly) {
        this.owingOnly = owingOnly;
    }

    public PagedLazyModel<LedgerEntryView> getLedger() {
        return ledger;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
