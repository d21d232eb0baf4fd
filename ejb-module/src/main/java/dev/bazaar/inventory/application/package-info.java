/** The inventory's EJB services, scoped to the caller's own shop, and the records they return. */
package dev.bazaar.inventory.application;
