/**
 * JMS and start-up plumbing: the Artemis event publisher, the event-log MDB, the dead-letter queue
 * on Artemis and Flyway at start-up.
 */
package dev.bazaar.platform.infrastructure;
