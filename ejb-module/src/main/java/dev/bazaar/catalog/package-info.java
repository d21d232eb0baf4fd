/**
 * Catalog: vendors' shops as the catalog sees them, categories and products with their prices.
 * {@code domain} holds the entities and queries, {@code application} the EJB services the web
 * modules and the API call (they return records, never entities).
 */
package dev.bazaar.catalog;
