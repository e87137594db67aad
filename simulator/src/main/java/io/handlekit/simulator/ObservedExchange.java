package io.handlekit.simulator;

import io.handlekit.validator.ValidationReport;
import io.handlekit.validator.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One request the simulator answered, on any path, as its observers see it (see
 * {@link HandlesSimulator.Builder#observer}): for a one-line-per-request console log or a {@link RequestJournal}.
 *
 * @param time when the request's head had arrived
 * @param method the method as sent
 * @param path the path as sent, without the query
 * @param headers the request headers by name as sent, each with its values (credentials included: redact before
 *     writing them anywhere, as {@link RequestJournal} does)
 * @param body the body bytes read: the whole body, or the first bytes of one that was refused
 * @param status the status answered
 * @param report what the contract says of a request to {@code /handles} that reached the endpoint (the
 *     {@code X-Xbl-Contract-Version} header and the body); empty otherwise
 * @param elapsed from the arrival of the head to the answer
 */
public record ObservedExchange(
    Instant time,
    String method,
    String path,
    Map<String, List<String>> headers,
    byte[] body,
    int status,
    ValidationReport report,
    Duration elapsed) {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  public ObservedExchange {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    Objects.requireNonNull(headers, "headers").forEach((name, values) -> copy.put(name, List.copyOf(values)));
    headers = Collections.unmodifiableMap(copy);
    body = body.clone();
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** A copy of the body bytes. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The ids of the rules the request broke or was warned about, each once, in the report's order. */
  public List<String> ruleIds() {
    Set<String> ids = new LinkedHashSet<>();
    for (Violation violation : report.violations()) {
      ids.add(violation.ruleId());
    }
    return List.copyOf(ids);
  }

  /**
   * The exchange in one line for a console log: time (UTC, milliseconds), method, path, status, the rule ids
   * (comma-separated, {@code -} for none) and the milliseconds taken, e.g.
   * {@code 2026-11-27T11:52:03.123Z POST /handles 400 guid.format,xuid.format 3 ms}.
   */
  public String consoleLine() {
    List<String> ids = ruleIds();
    return TIME.format(time) + " " + method + " " + path + " " + status + " "
        + (ids.isEmpty() ? "-" : String.join(",", ids)) + " " + elapsed.toMillis() + " ms";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ObservedExchange that
        && time.equals(that.time) && method.equals(that.method) && path.equals(that.path)
        && headers.equals(that.headers) && java.util.Arrays.equals(body, that.body) && status == that.status
        && report.equals(that.report) && elapsed.equals(that.elapsed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(time, method, path, headers, java.util.Arrays.hashCode(body), status, report, elapsed);
  }

  @Override
  public String toString() {
    return consoleLine();
  }
}
