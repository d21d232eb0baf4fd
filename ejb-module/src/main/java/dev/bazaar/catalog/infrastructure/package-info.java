/** The catalog's scheduled work: keeping search's facet counts, writing search analytics, drawing the demo catalogs' pictures. */
package dev.bazaar.catalog.infrastructure;
