package dev.bazaar.catalog.domain;

import java.util.List;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Slug;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A place in the catalog's navigation ("Kitchen", "Kitchen › Knives"), managed by platform admins. */
@Entity
@Table(name = "category")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    /** The category this one sits in; null at the top of the tree. */
    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false)
    private int position;

    protected Category() {
        // for JPA
    }

    /** A new category under {@code parent} (null: at the top), after its siblings. */
    public Category(String name, String slug, Long parentId, int position) {
        this.name = requireName(name);
        String problem = Slug.problem(slug);
        if (problem != null) {
            throw new InvalidInputException("slug", problem);
        }
        this.slug = Slug.normalize(slug);
        this.parentId = parentId;
        this.position = position;
    }

    public void rename(String newName) {
        name = requireName(newName);
    }

    /**
     * Moves the category under {@code newParent} (null: to the top); {@code ancestorsOfParent} are the
     * new parent's ancestors, nearest first, so a move into its own subtree is refused.
     */
    public void moveUnder(Category newParent, List<Long> ancestorsOfParent, int newPosition) {
        if (newParent != null && (newParent.id().equals(id) || ancestorsOfParent.contains(id))) {
            throw new ConflictException("parent", "cannot be " + name + " itself or one of its subcategories");
        }
        parentId = newParent == null ? null : newParent.id();
        position = newPosition;
    }

    private static String requireName(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > 120) {
            throw new InvalidInputException("name", stripped.isEmpty() ? "is required" : "must be at most 120 characters");
        }
        return stripped;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public Long parentId() {
        return parentId;
    }

    public int position() {
        return position;
    }
}
