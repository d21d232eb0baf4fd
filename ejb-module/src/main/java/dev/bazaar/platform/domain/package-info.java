/**
 * The event log's entity: a domain event as the broker delivered it.
 */
package dev.bazaar.platform.domain;
