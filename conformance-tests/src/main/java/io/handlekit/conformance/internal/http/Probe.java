package io.handlekit.conformance.internal.http;

import io.handlekit.conformance.Header;
import io.handlekit.core.ContractHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One request a check sends, with what the check needs to judge the answer.
 *
 * @param method the HTTP method
 * @param headers the check's own headers; they replace the suite's headers of the same name
 * @param omitted header names the suite must not send (a missing Content-Type or contract version)
 * @param body the body
 * @param about what this request is, for failure messages (the rule an invalid body breaks, a header value...)
 * @param invite whether the body is an invite (its answer carries a handle id)
 *
 * <p>Internal: public only because the checks make probes; not API.
 */
public record Probe(String method, List<Header> headers, List<String> omitted, ProbeBody body, String about, boolean invite) {

  public static final String CONTRACT_VERSION = ContractHeaders.CONTRACT_VERSION;
  public static final String CONTENT_TYPE = "Content-Type";

  public static Probe post(byte[] body, String about, boolean invite) {
    return new Probe("POST", List.of(), List.of(), new ProbeBody.Bytes(body), about, invite);
  }

  public Probe withHeader(String name, String value) {
    List<Header> more = new ArrayList<>(headers);
    more.add(new Header(name, value));
    return new Probe(method, more, omitted, body, about, invite);
  }

  public Probe without(String headerName) {
    List<String> more = new ArrayList<>(omitted);
    more.add(headerName);
    return new Probe(method, headers, more, body, about, invite);
  }

  public Probe about(String text) {
    return new Probe(method, headers, omitted, body, text, invite);
  }

  /** The body bytes, when held in memory. */
  public Optional<byte[]> bytes() {
    return body instanceof ProbeBody.Bytes b ? Optional.of(b.bytes()) : Optional.empty();
  }

  boolean omits(String headerName) {
    return omitted.stream().anyMatch(o -> o.equalsIgnoreCase(headerName));
  }

  boolean sets(String headerName) {
    String lower = headerName.toLowerCase(Locale.ROOT);
    return headers.stream().anyMatch(h -> h.name().toLowerCase(Locale.ROOT).equals(lower));
  }
}
