package io.handlekit.simulator.internal;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the HTTP front knows of a request before its body is read, in plain Java terms.
 *
 * @param received when the request's head had arrived
 * @param method the method as sent
 * @param path the path as sent (percent-escapes not decoded), without the query
 * @param query the raw query, or null when there is none
 * @param headers each header name as sent with every value, one per header line, in order
 * @param remoteAddress the peer's IP address
 * @param loopbackPeer whether the peer is this machine
 */
public record RequestHead(
    Instant received,
    String method,
    String path,
    String query,
    Map<String, List<String>> headers,
    String remoteAddress,
    boolean loopbackPeer) {

  public RequestHead {
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    headers = Collections.unmodifiableMap(copy);
  }

  /** Every value of the header {@code name} (compared case-insensitively), one per header line. */
  public List<String> values(String name) {
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(name)) {
        return header.getValue();
      }
    }
    return List.of();
  }
}
