package io.handlekit.conformance.internal.http;

import io.handlekit.conformance.Header;
import io.handlekit.conformance.internal.report.HumanDuration;
import io.handlekit.core.ContractHeaders;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends probes to the endpoint, within the run's rate, request budget and per-request timeout.
 *
 * <p>Retries: a request is sent again only when the target answered 429 or 503 with a {@code Retry-After} it
 * can honour, i.e. when the target said it did not process it; then the same request is sent after the wait, at
 * most {@value #MAX_RETRIES} times. Nothing else is ever retried: invites are not idempotent, a blind retry
 * could create a second handle. Thread-safe.
 *
 * <p>Internal: public only so that the runner can send through it; not API.
 */
public final class Target {
  static final int MAX_RETRIES = 3;
  static final String DEFAULT_CONTRACT_VERSION = "107";
  private static final int KEEP_BODY = 64 * 1024;
  private static final int STOP_AFTER_TIMEOUTS = 3;

  /** Sees every final answer (not the 429/503 ones that were retried). */
  public interface Observer {
    void observe(Probe probe, Answer answer);
  }

  private final TargetSettings settings;
  private final HttpClient client;
  private final Pacer pacer;
  private final Observer observer;
  private final ScheduledExecutorService watchdog;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger consecutiveTimeouts = new AtomicInteger();
  private final AtomicInteger answered = new AtomicInteger();
  private final AtomicInteger answered429 = new AtomicInteger();
  private final AtomicInteger answered503 = new AtomicInteger();
  private volatile String stopped;

  public Target(TargetSettings settings, Observer observer) {
    this.settings = settings;
    this.observer = observer;
    this.pacer = new Pacer(settings.rate());
    this.watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "handlekit-conformance-watchdog");
      thread.setDaemon(true);
      return thread;
    });
    HttpClient.Builder http = HttpClient.newBuilder();
    settings.tls().ifPresent(http::sslContext);
    this.client = http
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(settings.timeout().compareTo(Duration.ofSeconds(5)) < 0 ? settings.timeout() : Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  URI endpoint() {
    return settings.endpoint();
  }

  public int requests() {
    return requests.get();
  }

  /**
   * How the target throttled, when it answered any request 429 or 503 (e.g. "the target answered 429 to 116 of 116
   * requests"): the reason a run that was cut short is inconclusive.
   */
  public Optional<String> throttling() {
    int all = answered.get();
    int tooMany = answered429.get();
    int unavailable = answered503.get();
    if (tooMany + unavailable == 0) {
      return Optional.empty();
    }
    String what = tooMany > 0 && unavailable > 0 ? "429 or 503 to " + (tooMany + unavailable)
        : tooMany > 0 ? "429 to " + tooMany : "503 to " + unavailable;
    return Optional.of("the target answered " + what + " of " + all + " requests");
  }

  /** Why the target is no longer sent anything, if it is not. */
  Optional<String> stopped() {
    return Optional.ofNullable(stopped);
  }

  /** The headers a probe is sent with: the suite's defaults, the user's, then the probe's own. */
  List<Header> headersOf(Probe probe) {
    List<Header> out = new ArrayList<>();
    if (!(probe.body() instanceof ProbeBody.None)) {
      out.add(new Header(Probe.CONTENT_TYPE, ContractHeaders.JSON_MEDIA_TYPE));
    }
    out.add(new Header(Probe.CONTRACT_VERSION, DEFAULT_CONTRACT_VERSION));
    for (Header header : settings.headers()) {
      replace(out, header);
    }
    for (Header header : probe.headers()) {
      replace(out, header);
    }
    out.removeIf(h -> probe.omits(h.name()));
    return out;
  }

  private static void replace(List<Header> headers, Header header) {
    headers.removeIf(h -> h.name().equalsIgnoreCase(header.name()));
    headers.add(header);
  }

  /** Sends {@code probe}, honouring Retry-After; never throws. */
  public Answer send(Probe probe) {
    return send(probe, () -> { });
  }

  /** Sends {@code probe}, honouring Retry-After, telling {@code onAttempt} of each request sent; never throws. */
  public Answer send(Probe probe, Runnable onAttempt) {
    Answer answer = null;
    for (int attempt = 0; attempt <= MAX_RETRIES; attempt++) {
      if (stopped != null) {
        return Answer.without(Answer.Kind.NOT_SENT, stopped);
      }
      if (!takeFromBudget()) {
        return Answer.without(Answer.Kind.NOT_SENT, "the request budget of " + settings.maxRequests() + " is spent");
      }
      try {
        pacer.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Answer.without(Answer.Kind.NOT_SENT, "interrupted");
      }
      onAttempt.run();
      answer = once(probe);
      if (answer.answered()) {
        answered.incrementAndGet();
        if (answer.status() == 429) {
          answered429.incrementAndGet();
        } else if (answer.status() == 503) {
          answered503.incrementAndGet();
        }
      }
      if (answer.kind() == Answer.Kind.TIMED_OUT) {
        if (consecutiveTimeouts.incrementAndGet() >= STOP_AFTER_TIMEOUTS) {
          stopped = "the target did not answer " + STOP_AFTER_TIMEOUTS + " requests in a row within "
              + HumanDuration.of(settings.timeout());
        }
      } else {
        consecutiveTimeouts.set(0);
      }
      if (!(answer.answered() && (answer.status() == 429 || answer.status() == 503))) {
        break;
      }
      Optional<Duration> wait = retryAfter(answer);
      if (wait.isEmpty()) {
        // A 503 with Retry-After says "not processed" as a 429 does: the wait being too long makes the check
        // incomplete, never a failure. A 503 without one is an answer like any other.
        Optional<String> asked = answer.header("Retry-After").map(String::strip);
        if (answer.status() == 429 || asked.isPresent()) {
          answer = Answer.without(Answer.Kind.THROTTLED, "HTTP " + answer.status() + asked.map(v -> " with Retry-After "
              + v + ", beyond the longest wait of " + HumanDuration.of(settings.maxRetryWait()) + " (maxRetryWait)")
              .orElse(" without a Retry-After"));
        }
        break;
      }
      if (attempt == MAX_RETRIES) {
        answer = Answer.without(Answer.Kind.THROTTLED,
            "HTTP " + answer.status() + " with Retry-After " + (MAX_RETRIES + 1) + " times in a row");
        break;
      }
      try {
        Thread.sleep(wait.get().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Answer.without(Answer.Kind.NOT_SENT, "interrupted");
      }
    }
    observer.observe(probe, answer);
    return answer;
  }

  // Atomic, so that checks running at once never overdraw the budget together.
  private boolean takeFromBudget() {
    while (true) {
      int sent = requests.get();
      if (sent >= settings.maxRequests()) {
        return false;
      }
      if (requests.compareAndSet(sent, sent + 1)) {
        return true;
      }
    }
  }

  /** The wait a 429/503 asks for, when it is one the suite honours (at most the configured maximum). */
  Optional<Duration> retryAfter(Answer answer) {
    Optional<String> value = answer.header("Retry-After").map(String::strip);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Duration wait;
    try {
      wait = Duration.ofSeconds(Long.parseLong(value.get()));
    } catch (NumberFormatException notSeconds) {
      try {
        wait = Duration.between(java.time.Instant.now(),
            ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
    if (wait.isNegative()) {
      wait = Duration.ZERO;
    }
    return wait.compareTo(settings.maxRetryWait()) <= 0 ? Optional.of(wait) : Optional.empty();
  }

  private Answer once(Probe probe) {
    // Synchronous send: on the JDK's client it is about twice as fast as sendAsync().get() on localhost.
    Duration overall = settings.timeout().plusMillis(100 * (probe.body().length() >> 20));
    HttpRequest request;
    try {
      HttpRequest.Builder builder = HttpRequest.newBuilder(settings.endpoint()).timeout(overall);
      for (Header header : headersOf(probe)) {
        builder.header(header.name(), header.value());
      }
      request = builder.method(probe.method(), publisher(probe.body())).build();
    } catch (IllegalArgumentException e) {
      return Answer.without(Answer.Kind.NOT_SENT, "the request cannot be built: " + e.getMessage());
    }
    try {
      HttpResponse<LimitedBody.Received> response = client.send(request, info -> new LimitedBody(KEEP_BODY, watchdog, overall));
      return new Answer(Answer.Kind.ANSWERED, response.statusCode(), response.headers(), response.body().bytes(),
          response.body().length(), "");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Answer.without(Answer.Kind.NOT_SENT, "interrupted");
    } catch (IOException | RuntimeException e) {
      return failed(e);
    }
  }

  /** Ends the watchdog thread; the target sends nothing afterwards. */
  public void close() {
    stopped = "the run is over";
    watchdog.shutdownNow();
  }

  private Answer failed(Throwable cause) {
    if (cause.getCause() instanceof HttpTimeoutException timeout && !(cause instanceof HttpTimeoutException)) {
      cause = timeout;
    }
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root && !(root instanceof ConnectException)) {
      root = root.getCause();
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return Answer.without(Answer.Kind.UNREACHABLE, "no connection within " + HumanDuration.of(settings.timeout()));
    }
    if (cause instanceof HttpTimeoutException) {
      return Answer.without(Answer.Kind.TIMED_OUT, describe(cause));
    }
    String where = settings.endpoint().getHost() + ":" + port(settings.endpoint());
    boolean unknownHost = false;
    for (Throwable t = cause; t != null && !unknownHost; t = t.getCause() == t ? null : t.getCause()) {
      unknownHost = t instanceof UnresolvedAddressException || t instanceof java.net.UnknownHostException;
    }
    if (unknownHost) {
      return Answer.without(Answer.Kind.UNREACHABLE, "unknown host " + settings.endpoint().getHost());
    }
    Optional<String> tls = tlsFailure(cause, where);
    if (tls.isPresent()) {
      return Answer.without(Answer.Kind.UNREACHABLE, tls.get());
    }
    if (cause instanceof ConnectException || root instanceof ConnectException) {
      String detail = root.getMessage() == null || root.getMessage().isBlank() ? "connection refused" : root.getMessage();
      return Answer.without(Answer.Kind.UNREACHABLE, detail + " at " + where);
    }
    if (cause instanceof IOException || root instanceof IOException) {
      return Answer.without(Answer.Kind.CLOSED, describe(root));
    }
    return Answer.without(Answer.Kind.CLOSED, describe(cause));
  }

  /** One clear line when the connection failed in the TLS handshake: the run cannot talk to that target at all. */
  private static Optional<String> tlsFailure(Throwable cause, String where) {
    javax.net.ssl.SSLException ssl = null;
    Throwable certificate = null;
    for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (ssl == null && t instanceof javax.net.ssl.SSLException e) {
        ssl = e;
      }
      if (t instanceof java.security.cert.CertificateException || t instanceof java.security.cert.CertPathValidatorException
          || t instanceof java.security.cert.CertPathBuilderException) {
        certificate = t;
      }
    }
    if (ssl == null) {
      return Optional.empty();
    }
    if (certificate != null || ssl instanceof javax.net.ssl.SSLHandshakeException) {
      Throwable shown = certificate != null ? certificate : ssl;
      return Optional.of("TLS handshake with " + where + " failed: its certificate is not trusted ("
          + firstLine(shown.getMessage()) + "); if it is signed by an internal CA, give that CA's PEM certificate "
          + "(caCertificate, --ca-cert)");
    }
    return Optional.of("TLS with " + where + " failed: " + firstLine(ssl.getMessage()));
  }

  private static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "no detail";
    }
    String line = message.strip().lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }

  private static int port(URI uri) {
    return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  private static String describe(Throwable t) {
    String message = t.getMessage();
    return t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip());
  }

  private static HttpRequest.BodyPublisher publisher(ProbeBody body) {
    if (body instanceof ProbeBody.Bytes bytes) {
      return HttpRequest.BodyPublishers.ofByteArray(bytes.bytes());
    }
    if (body instanceof ProbeBody.Streamed streamed) {
      return HttpRequest.BodyPublishers.fromPublisher(
          HttpRequest.BodyPublishers.ofInputStream(streamed.body().content()), streamed.body().length());
    }
    return HttpRequest.BodyPublishers.noBody();
  }
}
