/** The MDB that reads the {@code bazaar.events::analytics} queue and hands each event to the projection. */
package dev.bazaar.analytics.infrastructure;
