/** The catalog's scheduled work: keeping search's facet counts, drawing the demo catalogs' pictures. */
package dev.bazaar.catalog.infrastructure;
