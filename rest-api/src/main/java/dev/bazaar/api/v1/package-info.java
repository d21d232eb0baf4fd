/**
 * Version 1 of the API: resources and their request/response records.
 */
package dev.bazaar.api.v1;
