/** Accounts and the rules they keep: e-mail addresses, the password policy, roles and status. */
package dev.bazaar.identity.domain;
