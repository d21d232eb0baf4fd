package dev.bazaar.admin;

import java.io.Serializable;
import java.util.List;

import dev.bazaar.catalog.application.CategoryAdministration;
import dev.bazaar.catalog.application.CategoryNode;
import dev.bazaar.catalog.application.CategoryView;
import dev.bazaar.catalog.application.ProductCatalog;
import dev.bazaar.web.Outcome;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** The category tree for platform admins: add a category, rename one, move one elsewhere in the tree. */
@Named("categoryAdmin")
@ViewScoped
public class CategoriesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ProductCatalog catalog;

    @EJB
    CategoryAdministration administration;

    private List<CategoryNode> tree;
    private String newName;
    private String newSlug;
    private String newParent;
    private Long editingId;
    private String editName;
    private String editParent;

    @PostConstruct
    void load() {
        tree = catalog.categoryTree();
    }

    public void create() {
        String name = newName;
        if (Outcome.summary().report(() -> administration.create(newName, newSlug, newParent), "Category " + name + " added.")) {
            newName = null;
            newSlug = null;
            load();
        }
    }

    public void edit(CategoryView category) {
        editingId = category.id();
        editName = category.name();
        editParent = category.parentSlug() == null ? "" : category.parentSlug();
    }

    public void save() {
        Long id = editingId;
        if (Outcome.summary().report(() -> administration.change(id, editName, editParent == null ? "" : editParent),
                "Category " + editName + " saved.")) {
            editingId = null;
            load();
        }
    }

    public void cancel() {
        editingId = null;
    }

    public List<CategoryNode> getTree() {
        return tree;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewSlug() {
        return newSlug;
    }

    public void setNewSlug(String newSlug) {
        this.newSlug = newSlug;
    }

    public String getNewParent() {
        return newParent;
    }

    public void setNewParent(String newParent) {
        this.newParent = newParent;
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public String getEditParent() {
        return editParent;
    }

    public void setEditParent(String editParent) {
        this.editParent = editParent;
    }
}
