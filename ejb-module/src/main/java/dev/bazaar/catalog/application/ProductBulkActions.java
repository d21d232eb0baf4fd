package dev.bazaar.catalog.application;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.bazaar.catalog.domain.Product;
import dev.bazaar.catalog.domain.ProductRepository;
import dev.bazaar.catalog.domain.ProductStatus;
import dev.bazaar.kernel.BulkOutcome;
import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.kernel.Role;
import dev.bazaar.platform.application.EventPublisher;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The back office's bulk actions on a selection of products, under the rules of the single actions:
 * a shop's owner and managers act only on their own shop's products (another shop's ids are refused
 * like ids that do not exist, and nothing of theirs changes); a platform admin publishes products
 * waiting for review. The selection is loaded in one query and changed in one transaction; a row whose
 * status does not allow the action is refused with the reason, the others go ahead.
 */
@Stateless
@RolesAllowed({"PLATFORM_ADMIN", "VENDOR_OWNER", "VENDOR_MANAGER"})
public class ProductBulkActions {

    /** More than a page of the largest table, fewer than a transaction should hold. */
    public static final int MAX_SELECTION = 500;
    private static final String NOT_YOURS = "no such product in your shop";

    @Inject
    ProductRepository products;

    @Inject
    ProductReads reads;

    @Inject
    EventPublisher events;

    @Inject
    CallerScope callers;

    /**
     * Publishing: a platform admin approves products waiting for review (each publishes
     * {@code product.published}); a shop's owner or manager sends drafts and rejected products to review.
     */
    public BulkOutcome publish(List<Long> ids) {
        if (callers.isActiveAdmin()) {
            return apply(ids, null, ProductStatus.ACTIVE, "only products waiting for review are published", product -> {
                product.approve(Instant.now());
                events.publish(ProductModeration.published(product));
            });
        }
        return apply(ids, managersShop(), ProductStatus.PENDING_REVIEW,
                "only drafts and rejected products are sent for review", product -> product.submitForReview(Instant.now()));
    }

    /** Archiving takes a shop's products off sale; only its owner and managers do it. */
    public BulkOutcome archive(List<Long> ids) {
        return apply(ids, managersShop(), ProductStatus.ARCHIVED,
                "products waiting for review or archived already are not archived", product -> product.archive(Instant.now()));
    }

    /**
     * {@link #publish} for every product the list's filters match, on every page: a shop's own products
     * only, every shop's for an admin. More than {@value #MAX_SELECTION} matches are refused as a whole,
     * with their number, and nothing changes.
     */
    public BulkOutcome publishMatching(ProductQuery filters) {
        return publish(matching(filters, callers.isActiveAdmin() ? null : managersShop()));
    }

    /** {@link #archive} for every product of the caller's shop the list's filters match (see {@link #publishMatching}). */
    public BulkOutcome archiveMatching(ProductQuery filters) {
        return archive(matching(filters, managersShop()));
    }

    private List<Long> matching(ProductQuery filters, Long vendorId) {
        ProductQuery query = vendorId == null ? filters : filters.forVendor(vendorId);
        List<Long> ids = reads.ids(query, MAX_SELECTION + 1);
        if (ids.isEmpty()) {
            throw new InvalidInputException("filters", "match no products");
        }
        if (ids.size() > MAX_SELECTION) {
            long count = reads.list(query, new PageRequest(0, 1)).totalItems();
            throw new InvalidInputException("filters", "match " + count + " products, and one action takes at most " + MAX_SELECTION
                    + ": narrow the filters and act again; nothing was changed");
        }
        return ids;
    }

    private interface Action {
        void apply(Product product);
    }

    /** {@code vendorId} null: every shop's products (an admin); otherwise only that shop's. */
    private BulkOutcome apply(List<Long> ids, Long vendorId, ProductStatus target, String rule, Action action) {
        Set<Long> selection = selection(ids);
        Map<Long, Product> found = products.findAll(selection).stream()
                .filter(product -> vendorId == null || product.vendorId() == vendorId)
                .collect(Collectors.toMap(Product::id, Function.identity()));
        BulkOutcome.Tally tally = new BulkOutcome.Tally();
        for (Long id : selection) {
            Product product = found.get(id);
            if (product == null) {
                tally.refused(id, NOT_YOURS);
            } else if (!product.status().canTransitionTo(target)) {
                tally.refused(id, product.name() + " (" + product.status().label() + "): " + rule);
            } else {
                action.apply(product);
                tally.done(id);
            }
        }
        return tally.outcome();
    }

    private static Set<Long> selection(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new InvalidInputException("ids", "must name at least one product");
        }
        if (ids.size() > MAX_SELECTION) {
            throw new InvalidInputException("ids", "may name at most " + MAX_SELECTION + " products at a time");
        }
        if (ids.contains(null)) {
            throw new InvalidInputException("ids", "must all be product ids");
        }
        return new LinkedHashSet<>(ids);
    }

    private long managersShop() {
        return callers.shop(Role.SHOP_MANAGERS, "Only a shop's owner and managers may change its products");
    }
}
