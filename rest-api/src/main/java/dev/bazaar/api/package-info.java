/**
 * The JSON API for apps under {@code /api/v1}: resources that call the EJB services and answer with
 * their own response records; every error is {@code application/problem+json}. Readiness checks
 * for {@code /health/ready} live in {@code health}.
 */
package dev.bazaar.api;
