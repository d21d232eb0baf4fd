/**
 * What the two Faces modules (storefront and back office) share, packaged once in the EAR's lib/ and
 * loaded by the application's class loader beside the EJB module: the sign-in form, the EL resolver
 * that lets pages read records, and one way to run an action and tell the person how it went
 * ({@link dev.bazaar.web.Outcome}, {@link dev.bazaar.web.PageMessages}). Presentation only: no EJB and
 * no entity lives here.
 */
package dev.bazaar.web;
