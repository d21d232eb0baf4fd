/**
 * The vendor context's EJB services (applying to sell, admins' decisions, public shop pages) and the
 * records they return.
 */
package dev.bazaar.vendor.application;
