/**
 * The machinery behind {@code io.handlekit.conformance}: body generation, the HTTP client with its rate, budget
 * and retry rules, the checks, the property runner and the report writers. Not API: it changes without notice.
 */
package io.handlekit.conformance.internal;
