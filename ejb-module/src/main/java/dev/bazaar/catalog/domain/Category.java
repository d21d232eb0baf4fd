package dev.bazaar.catalog.domain;

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
