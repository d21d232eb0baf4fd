/**
 * RFC 9457 problem documents and the exception mappers that produce them, one per failure kind.
 */
package dev.bazaar.api.problem;
