/**
 * Domain events and their publisher interface, the event log service, and the reachability checks
 * behind the readiness probe.
 */
package dev.bazaar.platform.application;
