package io.handlekit.simulator.internal;

import io.handlekit.simulator.ObservedExchange;
import io.handlekit.simulator.RecordedExchange;
import io.handlekit.validator.ValidationReport;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The simulator's side of the {@link FrontDesk}: what is refused on the head alone, and what becomes of each
 * finished exchange (recorded when the endpoint did not see it, passed to the observers). Thread-safe.
 *
 * <p>Closed by default: the only resource is {@code /handles}; WireMock's admin API ({@code /__admin/**}) is a 404
 * like any unknown path unless it was enabled, and even then it answers only a peer on this machine whose request
 * carries no {@code Origin} (no web page, whatever its origin) and names this machine as its {@code Host} (no page
 * whose domain was rebound to this machine).
 */
public final class SimulatorDesk implements FrontDesk {
  /** The path the simulator serves. */
  public static final String HANDLES = "/handles";
  private static final String ADMIN = "/__admin";
  private static final System.Logger LOG = System.getLogger("io.handlekit.simulator");

  private final SimulatorSettings settings;
  private final ExchangeLog exchanges;
  private final ExchangeNotes notes = new ExchangeNotes();
  private final ValidationReport tooLargeReport;

  public SimulatorDesk(SimulatorSettings settings, ExchangeLog exchanges) {
    this.settings = settings;
    this.exchanges = exchanges;
    // The validator's own words for a body over its limit, computed once: it reads one byte past the limit only.
    this.tooLargeReport = settings.validator().validateRequest(new byte[settings.maxBodyBytes() + 1]);
  }

  ExchangeNotes notes() {
    return notes;
  }

  @Override
  public Optional<FrontAnswer> screen(RequestHead head) {
    String path = head.path();
    if (!settings.adminApi()) {
      if (!path.equals(HANDLES)) {
        return Optional.of(notFound());
      }
    } else if (mentionsAdmin(path)
        && (!head.loopbackPeer() || !head.values("Origin").isEmpty() || !loopbackHost(head.values("Host")))) {
      return Optional.of(notFound());
    }
    if (head.query() != null) {
      try {
        URLDecoder.decode(head.query(), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException malformed) {
        return Optional.of(new FrontAnswer(400, "The query string is not well percent-encoded.", false));
      }
    }
    List<String> encodings = head.values("Content-Encoding");
    if (!encodings.isEmpty() && !(encodings.size() == 1 && encodings.get(0).strip().equalsIgnoreCase("identity"))) {
      return Optional.of(new FrontAnswer(415,
          "Content-Encoding is not supported: send the body uncompressed, with no Content-Encoding or one identity.",
          true));
    }
    for (String coding : head.values("Transfer-Encoding")) {
      if (!coding.strip().equalsIgnoreCase("chunked")) {
        return Optional.of(new FrontAnswer(415,
            "Transfer-Encoding " + coding.strip() + " is not supported: send the body as it is, or chunked.", true));
      }
    }
    for (String length : head.values("Content-Length")) {
      if (declaredTooLarge(length)) {
        return Optional.of(tooLarge());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a path may reach WireMock's admin context. Judged on the path as sent and percent-decoded, anywhere in
   * it, so that no spelling that Jetty would route to {@code /__admin} ({@code //__admin}, {@code /x/../__admin},
   * {@code /%5F_admin}) slips past the check.
   */
  static boolean mentionsAdmin(String rawPath) {
    String lower = rawPath.toLowerCase(Locale.ROOT);
    for (int round = 0; round < 3 && lower.indexOf('%') >= 0; round++) {
      lower = percentDecoded(lower);
    }
    return lower.contains(ADMIN.substring(1)) || lower.contains("%");
  }

  private static String percentDecoded(String text) {
    StringBuilder decoded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length() && Character.digit(text.charAt(i + 1), 16) >= 0
          && Character.digit(text.charAt(i + 2), 16) >= 0) {
        decoded.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        decoded.append(c);
      }
    }
    return decoded.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the request names this machine as its host. A page whose domain was rebound to 127.0.0.1 sends its
   * same-origin requests without an {@code Origin} header, but with its own domain as the host.
   */
  static boolean loopbackHost(List<String> hosts) {
    if (hosts.size() != 1) {
      return false;
    }
    String host = hosts.get(0).strip().toLowerCase(Locale.ROOT);
    int colon = host.startsWith("[") ? host.indexOf("]:") + 1 : host.lastIndexOf(':');
    String name = colon > 0 ? host.substring(0, colon) : host;
    return name.equals("localhost") || name.equals("[::1]") || name.startsWith("127.");
  }

  private static FrontAnswer notFound() {
    return new FrontAnswer(404, "Not found: this simulator serves POST /handles only.", false);
  }

  private boolean declaredTooLarge(String length) {
    try {
      return Long.parseLong(length.strip()) > settings.maxBodyBytes();
    } catch (NumberFormatException notANumber) {
      return false; // Jetty refuses a malformed Content-Length before the desk sees it
    }
  }

  @Override
  public int maxBodyBytes() {
    return settings.maxBodyBytes();
  }

  @Override
  public Duration bodyTimeout() {
    return settings.bodyTimeout();
  }

  @Override
  public FrontAnswer tooLarge() {
    return new FrontAnswer(413, "The body is larger than the limit of " + settings.maxBodyBytes() + " bytes.", true);
  }

  @Override
  public FrontAnswer bodyIncomplete(long received) {
    return new FrontAnswer(400, "The body was cut short, or did not arrive in full within "
        + settings.bodyTimeout().toMillis() + " ms: " + received + " bytes arrived.", true);
  }

  @Override
  public void answered(RequestHead head, byte[] body, int status, long elapsedNanos) {
    ValidationReport report = notes.take();
    if (report == null && head.path().equals(HANDLES)) {
      // Refused before the endpoint saw it; still an exchange the assertions must know about.
      report = status == 413 ? tooLargeReport : ValidationReport.valid();
      try {
        exchanges.add(new RecordedExchange(head.method().toUpperCase(Locale.ROOT), head.path(), head.headers(),
            body, body.length, report, status));
      } catch (RuntimeException bug) {
        exchanges.lost();
        LOG.log(System.Logger.Level.ERROR, "an exchange could not be recorded", bug);
      }
    }
    if (settings.observers().isEmpty()) {
      return;
    }
    ObservedExchange observed = new ObservedExchange(head.received(), head.method(), head.path(), head.headers(),
        body, status, report == null ? ValidationReport.valid() : report, Duration.ofNanos(elapsedNanos));
    for (Consumer<? super ObservedExchange> observer : settings.observers()) {
      try {
        observer.accept(observed);
      } catch (RuntimeException bug) {
        LOG.log(System.Logger.Level.ERROR, "an exchange observer failed", bug);
      }
    }
  }
}
