/** The identity context's EJB services (registration) and the records they return. */
package dev.bazaar.identity.application;
