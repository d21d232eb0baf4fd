/** The shopper's pages: thin JSF view beans that call the catalog's EJB services. */
package dev.bazaar.storefront;
