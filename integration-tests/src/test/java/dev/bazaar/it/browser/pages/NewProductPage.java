package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;

import dev.bazaar.it.browser.Browser;

/** "New product": a shop describes a product and its first variant; it is created as a draft. Fields are typed in the order called. */
public final class NewProductPage extends BackOfficePage {

    public NewProductPage(Browser browser) {
        super(browser);
    }

    public NewProductPage name(String name) {
        return type("name", name);
    }

    public NewProductPage slug(String slug) {
        return type("slug", slug);
    }

    public NewProductPage brand(String brand) {
        return type("brand", brand);
    }

    public NewProductPage category(String category) {
        browser.select(By.id("newProductForm:category")).selectByVisibleText(category);
        return this;
    }

    public NewProductPage description(String html) {
        return type("description", html);
    }

    /** Attributes, one {@code name: value} a line. */
    public NewProductPage attributes(String attributes) {
        return type("attributes", attributes);
    }

    /** The first variant: its SKU, options ({@code size=S}) and price. */
    public NewProductPage firstVariant(String sku, String options, String price) {
        type("sku", sku);
        type("options", options);
        return type("price", price);
    }

    public ProductEditorPage create() {
        browser.click(By.id("newProductForm:create"));
        return new ProductEditorPage(browser);
    }

    private NewProductPage type(String field, String text) {
        browser.type("newProductForm:" + field, text);
        return this;
    }
}
