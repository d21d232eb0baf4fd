/** The catalog's scheduled work: keeping search's facet counts. */
package dev.bazaar.catalog.infrastructure;
