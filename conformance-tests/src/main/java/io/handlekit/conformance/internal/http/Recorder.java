package io.handlekit.conformance.internal.http;

import io.handlekit.conformance.Header;
import io.handlekit.conformance.RecordedRequest;
import io.handlekit.conformance.RecordedResponse;
import io.handlekit.conformance.internal.report.Shell;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns probes and answers into the records that results and reports hold, redacting on the way: a secret
 * header's value never leaves this class, so no report or log line can show it.
 *
 * <p>Internal: public only so that the runner can record results; not API.
 */
public final class Recorder {
  static final String REDACTED = "***";
  private static final Set<String> ALWAYS_SECRET = Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");
  private static final int SHOW_BYTES = 4096;
  private static final int CURL_BYTES = 64 * 1024;

  private final Set<String> secrets;
  private final Target target;

  public Recorder(Set<String> secretHeaders, Target target) {
    Set<String> all = new java.util.HashSet<>(ALWAYS_SECRET);
    secretHeaders.forEach(s -> all.add(s.toLowerCase(Locale.ROOT)));
    this.secrets = Set.copyOf(all);
    this.target = target;
  }

  boolean isSecret(String headerName) {
    return secrets.contains(headerName.toLowerCase(Locale.ROOT));
  }

  List<Header> redact(List<Header> headers) {
    return headers.stream().map(h -> isSecret(h.name()) ? new Header(h.name(), REDACTED) : h).toList();
  }

  public RecordedRequest request(Probe probe) {
    List<Header> headers = redact(target.headersOf(probe));
    String url = target.endpoint().toString();
    String shown = "";
    String note = "";
    String data;
    if (probe.body() instanceof ProbeBody.Bytes bytes) {
      byte[] b = bytes.bytes();
      shown = printable(b, SHOW_BYTES);
      data = b.length <= CURL_BYTES ? dataSource(b) : null;
      if (data == null) {
        note = b.length + " bytes, not shown in full";
      }
    } else if (probe.body() instanceof ProbeBody.Streamed streamed) {
      note = streamed.body().name() + ", " + streamed.body().length() + " bytes";
      data = streamed.body().shell() + " | ";
    } else {
      data = "";
    }
    return new RecordedRequest(probe.method(), url, headers, shown, probe.body().length(), note,
        curl(probe.method(), url, headers, data));
  }

  public RecordedResponse response(Answer answer) {
    RecordedResponse.Kind kind = switch (answer.kind()) {
      case ANSWERED -> RecordedResponse.Kind.ANSWERED;
      case TIMED_OUT, THROTTLED, NOT_SENT -> RecordedResponse.Kind.TIMED_OUT;
      case CLOSED -> RecordedResponse.Kind.CONNECTION_CLOSED;
      case UNREACHABLE -> RecordedResponse.Kind.UNREACHABLE;
    };
    List<Header> headers = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : answer.headers().map().entrySet()) {
      for (String value : entry.getValue()) {
        headers.add(new Header(entry.getKey(), value));
      }
    }
    return new RecordedResponse(kind, answer.status(), redact(headers), printable(answer.body(), SHOW_BYTES),
        answer.bodyLength(), answer.error());
  }

  /** The first {@code limit} bytes as text: UTF-8 where valid, other bytes as {@code \xNN}. */
  static String printable(byte[] bytes, int limit) {
    int n = Math.min(bytes.length, limit);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, n)).toString();
    } catch (CharacterCodingException e) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < n; i++) {
        int b = bytes[i] & 0xFF;
        out.append(b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : String.format("\\x%02X", b));
      }
      text = out.toString();
    }
    return n < bytes.length ? text + "... (" + bytes.length + " bytes)" : text;
  }

  /** How curl gets the body: inline when it is printable UTF-8, else through printf with octal escapes. */
  private static String dataSource(byte[] body) {
    boolean plain = true;
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body)).toString();
      for (int i = 0; i < text.length() && plain; i++) {
        char c = text.charAt(i);
        plain = c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0);
      }
      if (plain) {
        return "--data-binary " + Shell.quote(text);
      }
    } catch (CharacterCodingException e) {
      // not UTF-8: escaped below
    }
    StringBuilder out = new StringBuilder("printf '");
    for (byte b : body) {
      int v = b & 0xFF;
      if (v >= 0x20 && v < 0x7F && v != '\'' && v != '\\' && v != '%') {
        out.append((char) v);
      } else {
        out.append(String.format("\\%03o", v));
      }
    }
    return out.append("' | ").toString();
  }

  private static String curl(String method, String url, List<Header> headers, String data) {
    StringBuilder out = new StringBuilder();
    boolean piped = data.endsWith("| ");
    if (piped) {
      out.append(data);
    }
    out.append("curl -sS -i -X ").append(method).append(' ').append(Shell.quote(url));
    for (Header header : headers) {
      out.append(" -H ").append(Shell.quote(header.name() + ": " + header.value()));
    }
    if (!data.isEmpty() && headers.stream().noneMatch(h -> h.name().equalsIgnoreCase("Content-Type"))) {
      out.append(" -H 'Content-Type:'"); // curl would add a form Content-Type of its own
    }
    if (piped) {
      out.append(" --data-binary @-");
    } else if (!data.isEmpty()) {
      out.append(' ').append(data);
    }
    return out.toString();
  }
}
