package io.handlekit.conformance.internal.http;

import io.handlekit.conformance.Header;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * What {@link Target} needs of a run's settings, as the public builder validated them. Internal: public only so
 * that the runner can hand it over; not API.
 *
 * @param endpoint the URL of {@code /handles}
 * @param headers headers sent with every request
 * @param maxRequests the most requests the run sends
 * @param rate the most requests per second (0: no limit)
 * @param timeout the longest wait for one answer
 * @param maxRetryWait the longest Retry-After honoured
 * @param tls the TLS context trusting the user's CA certificate, when one was given (else the JDK's defaults)
 */
public record TargetSettings(URI endpoint, List<Header> headers, int maxRequests, double rate, Duration timeout,
    Duration maxRetryWait, Optional<SSLContext> tls) {
  public TargetSettings {
    headers = List.copyOf(headers);
  }
}
