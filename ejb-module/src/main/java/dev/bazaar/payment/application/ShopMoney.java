package dev.bazaar.payment.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.kernel.Role;
import dev.bazaar.payment.domain.CardPayments;
import dev.bazaar.payment.domain.Disputes;
import dev.bazaar.payment.domain.Ledger;
import dev.bazaar.payment.domain.LedgerKind;
import dev.bazaar.payment.domain.Refunds;
import dev.bazaar.vendor.application.ShopDirectory;
import dev.bazaar.vendor.application.ShopDirectory.ShopFacts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The shops' money as the ledger holds it: a shop's members read their own balance and entries and
 * nothing else; platform admins read every shop's, the shops that owe, and the reconciliation of the
 * ledger against what shoppers paid and got back.
 */
@Stateless
@RolesAllowed({"PLATFORM_ADMIN", "VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
public class ShopMoney {

    @Inject
    CallerScope callers;

    @Inject
    Ledger ledger;

    @Inject
    ShopDirectory shops;

    @Inject
    CardPayments cardPayments;

    @Inject
    Refunds refunds;

    @Inject
    ManualReceipts manualReceipts;

    @Inject
    Disputes disputes;

    /** The caller's shop's balance, one per currency it has money in. */
    @RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
    public List<BalanceView> myBalances() {
        ShopFacts shop = shops.get(callers.memberShop());
        return ledger.balancesOf(shop.id()).stream().map(b -> BalanceView.of(b, shop.name())).toList();
    }

    /** The caller's shop's entries, newest first, of one kind or all, between two UTC days (both included, either open). */
    @RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
    public Page<LedgerEntryView> myEntries(LedgerKind kind, LocalDate from, LocalDate to, PageRequest page) {
        return entries(callers.memberShop(), kind, from, to, page);
    }

    /** Every shop's balances, by shop and currency; {@code owingOnly}: just the shops that owe. */
    @RolesAllowed("PLATFORM_ADMIN")
    public List<BalanceView> shopBalances(boolean owingOnly) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        List<Ledger.Balance> balances = ledger.shopBalances();
        Map<Long, ShopFacts> names = shops.findAll(balances.stream().map(Ledger.Balance::vendorId).collect(Collectors.toSet()));
        return balances.stream().map(b -> BalanceView.of(b, names.get(b.vendorId()).name()))
                .filter(b -> !owingOnly || b.owes()).toList();
    }

    /** One shop's entries, for platform admins; an unknown shop is a 404. */
    @RolesAllowed("PLATFORM_ADMIN")
    public Page<LedgerEntryView> entriesOf(long vendorId, LedgerKind kind, LocalDate from, LocalDate to, PageRequest page) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        shops.find(vendorId).orElseThrow(() -> new NotFoundException("No shop " + vendorId));
        return entries(vendorId, kind, from, to, page);
    }

    /** Per currency, the ledger against the money: balanced when the difference is zero. */
    @RolesAllowed("PLATFORM_ADMIN")
    public List<ReconciliationView> reconciliation() {
        callers.requireActive(Role.PLATFORM_ADMIN);
        Map<String, Long> card = cardPayments.succeededTotals();
        Map<String, Long> manual = manualReceipts.totalsByCurrency();
        Map<String, Long> back = refunds.doneTotals();
        Map<String, Long> disputed = disputes.takenTotals();
        Map<String, Long> paidOut = new HashMap<>(ledger.paidOutByHand());
        ledger.transferred().forEach((currency, amount) -> paidOut.merge(currency, amount, Long::sum));
        Map<String, Long> entries = ledger.totals();
        Set<String> currencies = new TreeSet<>();
        for (Map<String, Long> totals : List.of(card, manual, back, disputed, paidOut, entries)) {
            currencies.addAll(totals.keySet());
        }
        List<ReconciliationView> views = new ArrayList<>();
        for (String currency : currencies) {
            views.add(ReconciliationView.of(currency, card.getOrDefault(currency, 0L), manual.getOrDefault(currency, 0L),
                    back.getOrDefault(currency, 0L), disputed.getOrDefault(currency, 0L), paidOut.getOrDefault(currency, 0L),
                    entries.getOrDefault(currency, 0L)));
        }
        return views;
    }

    private Page<LedgerEntryView> entries(long vendorId, LedgerKind kind, LocalDate from, LocalDate to, PageRequest page) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException("from", "must not be after to");
        }
        return ledger.entriesOf(vendorId, kind, from, to, page).map(LedgerEntryView::of);
    }
}
