package io.handlekit.conformance.internal.http;

import java.net.http.HttpHeaders;
import java.util.Locale;
import java.util.Optional;

/**
 * What came back for one probe.
 *
 * @param kind whether and how it was answered
 * @param status the HTTP status, -1 without an answer
 * @param headers the response headers (empty without an answer)
 * @param body the response body, up to a limit
 * @param bodyLength the body bytes received in all
 * @param error why there was no answer, else empty
 *
 * <p>Internal: public only because the checks judge it; not API.
 */
public record Answer(Kind kind, int status, HttpHeaders headers, byte[] body, long bodyLength, String error) {
  private static final HttpHeaders NONE = HttpHeaders.of(java.util.Map.of(), (a, b) -> true);

  public enum Kind {
    ANSWERED,
    TIMED_OUT,
    CLOSED,
    UNREACHABLE,
    /** The target kept answering 429/503 with Retry-After beyond the retry bound. */
    THROTTLED,
    /** Not sent: a budget ran out or the target stopped answering. */
    NOT_SENT
  }

  public static Answer without(Kind kind, String error) {
    return new Answer(kind, -1, NONE, new byte[0], 0, error);
  }

  public boolean answered() {
    return kind == Kind.ANSWERED;
  }

  public boolean is2xx() {
    return answered() && status >= 200 && status < 300;
  }

  public boolean is4xx() {
    return answered() && status >= 400 && status < 500;
  }

  public boolean is5xx() {
    return answered() && status >= 500;
  }

  /** Whether the check can judge this answer at all (it was sent and not throttled away). */
  public boolean judgeable() {
    return kind != Kind.THROTTLED && kind != Kind.NOT_SENT;
  }

  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  /** The media type of the Content-Type header, lower case, without parameters. */
  public Optional<String> mediaType() {
    return header("Content-Type").map(v -> v.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
  }

  /**
   * What happened to a request, as the end of a sentence that starts with the request: "was answered HTTP 404",
   * "got no answer in time (...)", "had its connection closed (...)".
   */
  public String outcome() {
    return switch (kind) {
      case ANSWERED -> "was answered HTTP " + status;
      case TIMED_OUT -> "got no answer in time (" + error + ")";
      case CLOSED -> "had its connection closed (" + error + ")";
      case UNREACHABLE -> "could not reach the target (" + error + ")";
      case THROTTLED -> "was throttled (" + error + ")";
      case NOT_SENT -> "was not sent (" + error + ")";
    };
  }

  /** Whether more body bytes came than the suite keeps: the body is cut and cannot be judged as a whole. */
  public boolean bodyCut() {
    return bodyLength > body.length;
  }

  /** A short description for failure messages. */
  public String summary() {
    return switch (kind) {
      case ANSWERED -> "HTTP " + status;
      case TIMED_OUT -> "no answer (" + error + ")";
      case CLOSED -> "the connection closed (" + error + ")";
      case UNREACHABLE -> "unreachable (" + error + ")";
      case THROTTLED -> "throttled (" + error + ")";
      case NOT_SENT -> "not sent (" + error + ")";
    };
  }
}
