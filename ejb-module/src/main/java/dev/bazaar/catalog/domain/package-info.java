/**
 * Catalog entities (vendor, category, product) and the repository that lists products with
 * filtering, sorting and paging done by PostgreSQL.
 */
package dev.bazaar.catalog.domain;
