/**
 * Identity: accounts (e-mail, name, phone, password hash, status), their roles, and registration.
 * Passwords are hashed with Jakarta Security's PBKDF2 and never leave this context in any form.
 */
package dev.bazaar.identity;
