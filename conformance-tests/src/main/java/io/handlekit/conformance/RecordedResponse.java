package io.handlekit.conformance;

import java.util.List;
import java.util.Objects;

/**
 * What the target answered to one request, or why it did not.
 *
 * @param kind whether there was an answer
 * @param status the HTTP status, or -1 without an answer
 * @param headers the response headers
 * @param body the start of the response body as text
 * @param bodyLength the number of body bytes read (reading stops at a limit)
 * @param error what went wrong without an answer, else empty
 */
public record RecordedResponse(Kind kind, int status, List<Header> headers, String body, long bodyLength, String error) {

  /** Whether the target answered. */
  public enum Kind {
    /** An HTTP response. */
    ANSWERED,
    /** No answer within the per-request timeout. */
    TIMED_OUT,
    /** The connection was closed or reset before a response. */
    CONNECTION_CLOSED,
    /** The target could not be reached (refused, unknown host). */
    UNREACHABLE
  }

  public RecordedResponse {
    Objects.requireNonNull(kind, "kind");
    headers = List.copyOf(headers);
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(error, "error");
  }

  /** A one-line description: the status, or what happened instead. */
  public String summary() {
    return switch (kind) {
      case ANSWERED -> "HTTP " + status;
      case TIMED_OUT -> "no answer: " + error;
      case CONNECTION_CLOSED -> "connection closed: " + error;
      case UNREACHABLE -> "unreachable: " + error;
    };
  }
}
