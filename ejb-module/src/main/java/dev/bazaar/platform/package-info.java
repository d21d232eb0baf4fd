/**
 * Platform plumbing every context shares: domain events and their JMS publisher, the event log that
 * records what was published (fed by an MDB), the dead-letter queue admins read and replay from,
 * schema migration at start-up, and the reachability checks behind the readiness probe.
 */
package dev.bazaar.platform;
