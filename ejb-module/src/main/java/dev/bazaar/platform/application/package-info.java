/**
 * Domain events and their publisher interface, the event log service, the dead letters admins list,
 * replay and discard (and the queue interface behind them), and the reachability checks behind the
 * readiness probe.
 */
package dev.bazaar.platform.application;
