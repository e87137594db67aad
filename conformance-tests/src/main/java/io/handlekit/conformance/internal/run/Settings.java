package io.handlekit.conformance.internal.run;

import io.handlekit.conformance.Fixture;
import io.handlekit.conformance.Header;
import io.handlekit.conformance.internal.http.TargetSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A suite's configuration, as the public builder validated it.
 *
 * @param endpoint the URL of {@code /handles}
 * @param headers headers sent with every request
 * @param secretHeaders lower-case names whose values are never written anywhere
 * @param fixture the session bodies name
 * @param tries examples per generating check
 * @param seed the run's seed
 * @param only the checks to run (empty: all)
 * @param skip the checks not to run
 * @param maxRequests the most requests the run sends
 * @param rate the most requests per second (0: no limit)
 * @param timeout the longest wait for one answer
 * @param checkTime the longest a single check may run
 * @param shrinkCycles QuickTheories' shrink cycles for a failing check
 * @param maxRetryWait the longest Retry-After the suite honours
 * @param reportDir where {@code run()} writes the reports, if anywhere
 * @param log receives one line per finished check, redacted
 * @param parallelism how many checks run at once
 * @param tls the TLS context trusting the user's CA certificate, when one was given (else the JDK's defaults)
 *
 * <p>Internal: public only because the public builder makes it; not API.
 */
public record Settings(URI endpoint, List<Header> headers, Set<String> secretHeaders, Fixture fixture, int tries,
    long seed, Set<String> only, Set<String> skip, int maxRequests, double rate, Duration timeout, Duration checkTime,
    int shrinkCycles, Duration maxRetryWait, Optional<Path> reportDir, Consumer<String> log, int parallelism,
    Optional<javax.net.ssl.SSLContext> tls) {

  public Settings {
    headers = List.copyOf(headers);
    secretHeaders = Set.copyOf(secretHeaders);
    only = Set.copyOf(only);
    skip = Set.copyOf(skip);
  }

  /** What the HTTP client of the run needs. */
  TargetSettings target() {
    return new TargetSettings(endpoint, headers, maxRequests, rate, timeout, maxRetryWait, tls);
  }

  /** Whether the check with {@code id} is selected. */
  boolean selects(String id) {
    return (only.isEmpty() || only.contains(id)) && !skip.contains(id);
  }
}
