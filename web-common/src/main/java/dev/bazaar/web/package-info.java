/**
 * What the two Faces modules (storefront and back office) share, packaged once in the EAR's lib/ and
 * loaded by the application's class loader beside the EJB module: the sign-in form and the EL resolver
 * that lets pages read records. Presentation only: no EJB and no entity lives here.
 */
package dev.bazaar.web;
