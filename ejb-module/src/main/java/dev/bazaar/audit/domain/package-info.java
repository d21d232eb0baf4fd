/** The audit trail's entity. */
package dev.bazaar.audit.domain;
