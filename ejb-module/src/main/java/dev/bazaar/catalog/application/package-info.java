/**
 * The catalog's EJB services, the only entry points the web modules and the API call, and the
 * records they return.
 */
package dev.bazaar.catalog.application;
