/**
 * Readiness checks for /health/ready: PostgreSQL and the Artemis broker.
 */
package dev.bazaar.api.health;
