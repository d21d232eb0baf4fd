package dev.bazaar.payment.application;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.payment.domain.Ledger;
import dev.bazaar.payment.domain.LedgerEntry;
import dev.bazaar.payment.domain.LedgerKind;
import dev.bazaar.vendor.application.ShopDirectory;
import dev.bazaar.vendor.application.ShopDirectory.ShopFacts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Monthly statements of a shop's ledger, per currency and UTC month, read from the ledger itself: a
 * shop's members read their own shop's (another shop's is a 404, as if it did not exist); platform
 * admins read any shop's.
 */
@Stateless
@RolesAllowed({"PLATFORM_ADMIN", "VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
public class ShopStatements {

    @Inject
    CallerScope callers;

    @Inject
    Ledger ledger;

    @Inject
    ShopDirectory shops;

    /** The caller's shop's statement of {@code month} in {@code currency}. */
    @RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
    public StatementView myStatement(YearMonth month, String currency) {
        return statement(shops.get(callers.memberShop()), month, currency);
    }

    /** A shop's statement: any shop's for platform admins, only their own for its members (any other is a 404). */
    public StatementView statementOf(long vendorId, YearMonth month, String currency) {
        if (!callers.isActiveAdmin() && !callers.worksFor(vendorId)) {
            throw new NotFoundException("No shop " + vendorId);
        }
        return statement(shops.find(vendorId).orElseThrow(() -> new NotFoundException("No shop " + vendorId)), month, currency);
    }

    private StatementView statement(ShopFacts shop, YearMonth month, String currency) {
        String code = currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
        if (code == null || !MoneyDesk.isCurrency(code)) {
            throw new InvalidInputException("currency", "must be an ISO 4217 code such as NOK or EUR");
        }
        if (month.isAfter(YearMonth.now(Clock.systemUTC()))) {
            throw new InvalidInputException("month", "has not begun yet");
        }
        if (!ledger.hasEntries(shop.id(), code)) {
            throw new InvalidInputException("currency", "the shop has no money in " + code);
        }
        Instant from = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        long opening = ledger.balanceBefore(shop.id(), code, from);
        List<LedgerEntry> entries = ledger.entriesBetween(shop.id(), code, from, to);
        Map<LedgerKind, long[]> kinds = new TreeMap<>();
        long closing = opening;
        for (LedgerEntry entry : entries) {
            long[] countAndTotal = kinds.computeIfAbsent(entry.kind(), k -> new long[2]);
            countAndTotal[0]++;
            countAndTotal[1] += entry.amount().amountMinor();
            closing += entry.amount().amountMinor();
        }
        List<StatementView.KindTotal> byKind = new ArrayList<>();
        kinds.forEach((kind, countAndTotal) -> byKind.add(new StatementView.KindTotal(kind.name(), (int) countAndTotal[0],
                Money.ofMinor(countAndTotal[1], code))));
        return new StatementView(shop.id(), shop.name(), month.toString(), code, from, to, Money.ofMinor(opening, code), byKind,
                entries.stream().map(LedgerEntryView::of).toList(), Money.ofMinor(closing, code));
    }
}
