/**
 * The back office: thin JSF view beans over the EJB services (products, prices, event log). Every page
 * sits under {@code /admin} so the security issue can protect the whole module with one constraint.
 */
package dev.bazaar.admin;
