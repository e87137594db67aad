package io.handlekit.simulator;

import io.handlekit.simulator.internal.JsonMediaType;
import io.handlekit.validator.Rule;
import io.handlekit.validator.ValidationReport;
import io.handlekit.validator.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request to {@code /handles} and the status it was answered with.
 *
 * @param method the HTTP method, upper case
 * @param path the request path, without the query
 * @param headers the request headers by name as sent, each with its values
 * @param body the first {@value #MAX_RECORDED_BODY_BYTES} bytes of the body (the whole body when smaller)
 * @param bodyLength the length of the whole body in bytes
 * @param report what the validator found in the request: the {@code X-Xbl-Contract-Version} header and, for a
 *     POST, the body; judged by the contract even when the server answering has a {@link Fault}
 * @param status the HTTP status the request was answered with
 */
public record RecordedExchange(
    String method,
    String path,
    Map<String, List<String>> headers,
    byte[] body,
    int bodyLength,
    ValidationReport report,
    int status) {

  /** How much of a body is kept, so that the bounded log of exchanges is bounded in bytes too. */
  public static final int MAX_RECORDED_BODY_BYTES = 64 * 1024;

  public RecordedExchange {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(report, "report");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    Objects.requireNonNull(headers, "headers").forEach((name, values) -> copy.put(name, List.copyOf(values)));
    headers = Collections.unmodifiableMap(copy);
    body = Arrays.copyOf(body, Math.min(body.length, MAX_RECORDED_BODY_BYTES));
  }

  /** A copy of the recorded body bytes. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The first value of the header {@code name}, compared case-insensitively. */
  public Optional<String> header(String name) {
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
        return Optional.of(header.getValue().get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * What makes this request break the contract, one line each: a method other than POST, a Content-Type other than
   * {@code application/json}, a Content-Encoding other than one {@code identity}, a body shorter than its
   * Content-Length, then every error of {@link #report()}. Empty for a request that follows the contract.
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (!"POST".equals(method)) {
      problems.add("method " + method + ": only POST is allowed on /handles");
      return problems;
    }
    Optional<String> contentType = header("Content-Type");
    if (contentType.isEmpty()) {
      problems.add("no Content-Type header: send application/json");
    } else if (!JsonMediaType.isJson(contentType.get())) {
      problems.add("Content-Type " + contentType.get() + ": send application/json");
    }
    List<String> encodings = values("Content-Encoding");
    if (!encodings.isEmpty() && !(encodings.size() == 1 && encodings.get(0).strip().equalsIgnoreCase("identity"))) {
      problems.add("Content-Encoding " + String.join(", ", encodings) + ": send the body uncompressed");
    }
    Optional<String> declared = header("Content-Length");
    if (declared.isPresent() && !report.has(Rule.INPUT_TOO_LARGE)) {
      try {
        long length = Long.parseLong(declared.get().strip());
        if (length > bodyLength) {
          problems.add("the body stopped after " + bodyLength + " of the " + length + " bytes of its Content-Length");
        }
      } catch (NumberFormatException notANumber) {
        problems.add("Content-Length " + declared.get() + " is not a number");
      }
    }
    for (Violation error : report.errors()) {
      problems.add(error.toString());
    }
    return problems;
  }

  private List<String> values(String name) {
    List<String> values = new ArrayList<>();
    headers.forEach((key, list) -> {
      if (key.equalsIgnoreCase(name)) {
        values.addAll(list);
      }
    });
    return values;
  }

  /** Whether the request follows the contract: {@link #problems()} is empty. */
  public boolean followsContract() {
    return problems().isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecordedExchange that
        && method.equals(that.method) && path.equals(that.path) && headers.equals(that.headers)
        && Arrays.equals(body, that.body) && bodyLength == that.bodyLength && report.equals(that.report)
        && status == that.status;
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, path, headers, Arrays.hashCode(body), bodyLength, report, status);
  }

  @Override
  public String toString() {
    return method + " " + path + " -> " + status + " (" + bodyLength + " bytes, "
        + report.errors().size() + " errors)";
  }
}
