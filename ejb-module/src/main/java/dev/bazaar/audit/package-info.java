/**
 * The security audit trail: registrations, logins, lockouts, password and role changes, disabled
 * accounts, dead letters admins replayed or discarded. Admins read it; nothing in it is ever updated.
 */
package dev.bazaar.audit;
