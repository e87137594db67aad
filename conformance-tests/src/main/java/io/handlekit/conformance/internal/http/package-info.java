/**
 * The HTTP side of a run: the requests the checks send ({@code Probe}) and what came back ({@code Answer}), the
 * client that sends them within the run's rate, request budget, timeout and retry rules ({@code Target}), the
 * response body kept up to a limit, the trust of a user's CA, and the redacting recorder that turns requests and
 * answers into the records reports show.
 *
 * <p>Internal: not API, it changes without notice.
 */
package io.handlekit.conformance.internal.http;
