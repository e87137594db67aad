package io.handlekit.conformance;

import java.util.List;
import java.util.Objects;

/**
 * A request as the suite sent it, redacted: secret header values are {@code ***}.
 *
 * @param method the HTTP method
 * @param url the URL, without user info
 * @param headers the headers the suite set
 * @param body the body as text (invalid UTF-8 bytes shown as {@code \xNN}), cut after a few KiB; empty when none
 * @param bodyLength the length of the body in bytes
 * @param bodyNote how a body too large to show was made, else empty
 * @param curl a shell command that sends the same request
 */
public record RecordedRequest(String method, String url, List<Header> headers, String body, long bodyLength,
    String bodyNote, String curl) {
  public RecordedRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    headers = List.copyOf(headers);
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(bodyNote, "bodyNote");
    Objects.requireNonNull(curl, "curl");
  }
}
