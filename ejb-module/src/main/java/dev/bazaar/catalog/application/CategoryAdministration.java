package dev.bazaar.catalog.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.bazaar.catalog.domain.Category;
import dev.bazaar.catalog.domain.ProductRepository;
import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.ForbiddenException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Slug;
import dev.bazaar.kernel.UniqueViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

/**
 * Platform admins keep the category tree: create, rename, move (never into its own subtree). The
 * search table follows renames and moves in the same transaction (database triggers), so a product's
 * category path and facets are right the moment the change commits.
 */
@Stateless
@RolesAllowed("PLATFORM_ADMIN")
public class CategoryAdministration {

    @Inject
    ProductRepository products;

    @Inject
    CallerScope callers;

    public CategoryView create(String name, String slug, String parentSlug) {
        requireActiveAdmin();
        Category parent = parent(parentSlug);
        if (slug != null && products.categoryBySlug(Slug.normalize(slug)).isPresent()) {
            throw new ConflictException("slug", "is taken by another category");
        }
        Category category = new Category(name, slug, parent == null ? null : parent.id(),
                childrenOf(parent, products.categories()).size());
        try {
            products.addCategory(category);
        } catch (PersistenceException e) {
            UniqueViolation.in(e).orElseThrow(() -> e);
            throw new ConflictException("slug", "is taken by another category");
        }
        return CategoryView.of(category, parent == null ? null : parent.slug());
    }

    /**
     * Renames the category (a null name keeps it) and moves it under {@code parentSlug} (null keeps its
     * place; blank moves it to the top), after its new siblings. Both or neither.
     */
    public CategoryView change(long id, String name, String parentSlug) {
        requireActiveAdmin();
        if (name == null && parentSlug == null) {
            throw new InvalidInputException("name", "or parent is required");
        }
        Category category = category(id);
        if (name != null) {
            category.rename(name);
        }
        if (parentSlug != null) {
            Category parent = parent(parentSlug);
            List<Category> all = products.categories();
            category.moveUnder(parent, ancestors(parent, all), childrenOf(parent, all).size());
        }
        return view(category);
    }

    /** The category's ancestors, nearest first (none for the top). */
    private static List<Long> ancestors(Category category, List<Category> all) {
        List<Long> ancestors = new ArrayList<>();
        if (category == null) {
            return ancestors;
        }
        Map<Long, Category> byId = all.stream().collect(Collectors.toMap(Category::id, Function.identity()));
        for (Long at = category.parentId(); at != null && !ancestors.contains(at); at = byId.get(at).parentId()) {
            ancestors.add(at);
        }
        return ancestors;
    }

    private static List<Category> childrenOf(Category parent, List<Category> all) {
        Long parentId = parent == null ? null : parent.id();
        return all.stream().filter(c -> Objects.equals(c.parentId(), parentId)).toList();
    }

    private Category parent(String parentSlug) {
        if (parentSlug == null || parentSlug.isBlank()) {
            return null;
        }
        return products.categoryBySlug(parentSlug.strip())
                .orElseThrow(() -> new InvalidInputException("parent", "'" + parentSlug.strip() + "' is not a category"));
    }

    private Category category(long id) {
        return products.category(id).orElseThrow(() -> new NotFoundException("No category with id " + id));
    }

    private CategoryView view(Category category) {
        return CategoryView.of(category, category.parentId() == null ? null : category(category.parentId()).slug());
    }

    private void requireActiveAdmin() {
        if (!callers.isActiveAdmin()) {
            throw new ForbiddenException("Your account is no longer an active platform admin");
        }
    }
}
