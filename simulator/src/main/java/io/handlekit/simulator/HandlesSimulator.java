package io.handlekit.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.handlekit.core.Xuid;
import io.handlekit.simulator.internal.ExchangeLog;
import io.handlekit.simulator.internal.HandleStore;
import io.handlekit.simulator.internal.HandlesEndpoint;
import io.handlekit.simulator.internal.Rejection;
import io.handlekit.simulator.internal.ServerOptions;
import io.handlekit.simulator.internal.SimulatorDesk;
import io.handlekit.simulator.internal.SimulatorSettings;
import io.handlekit.validator.HandlesValidator;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A running {@code POST /handles} on embedded WireMock that behaves as the contract says: 204 for a valid activity,
 * 201 and an invite handle for a valid invite, 400 with one error per line for an invalid body or contract header,
 * 405, 413 and 415 for the wrong verb, size or media type; never a 5xx unless a {@link Fault} asks for one.
 *
 * <pre>{@code
 * try (HandlesSimulator sim = HandlesSimulator.builder().port(0).start()) {
 *   URI endpoint = sim.handlesUri(); // http://127.0.0.1:<port>/handles
 *   ... send requests ...
 *   sim.exchanges().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Thread-safe. Memory stays bounded: it keeps at most {@value #DEFAULT_MAX_STORED_HANDLES} handles (by default;
 * each also expires after the invite TTL), the last {@value #DEFAULT_MAX_RECORDED_EXCHANGES} exchanges and, apart
 * from them, up to {@value #DEFAULT_MAX_KEPT_VIOLATIONS} that broke the contract; a body is read up to the limit
 * plus one byte, within {@link #DEFAULT_BODY_TIMEOUT}.
 *
 * <p>Closed to strangers: it serves {@code /handles} and nothing else. WireMock's admin API is off unless
 * {@link Builder#adminApi(boolean)} turns it on; no answer carries CORS headers; no stub can proxy to another host;
 * no file is read or written.
 */
public final class HandlesSimulator implements AutoCloseable {
  /** The default address: loopback only. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** The sender of the handles the simulator creates, unless configured: the facts sheet's example caller. */
  public static final String DEFAULT_CALLER_XUID = "2814679796296491";
  /** How long an invite handle lives, unless configured. */
  public static final Duration DEFAULT_INVITE_TTL = Duration.ofHours(1);
  /** How many created handles are kept at most, unless configured. */
  public static final int DEFAULT_MAX_STORED_HANDLES = 10_000;
  /** How many exchanges {@link #exchanges()} keeps at most (the newest), unless configured. */
  public static final int DEFAULT_MAX_RECORDED_EXCHANGES = 1_000;
  /** How many exchanges that broke the contract are kept apart from the recent ones, unless configured. */
  public static final int DEFAULT_MAX_KEPT_VIOLATIONS = ExchangeLog.DEFAULT_KEPT_CAPACITY;
  /** How long a request body may take to arrive in full, unless configured; then 400 and the connection closed. */
  public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(10);

  private final SimulatorSettings settings;
  private final WireMockServer server;
  private final HandleStore handles;
  private final ExchangeLog exchanges;

  private HandlesSimulator(SimulatorSettings settings) {
    this.settings = settings;
    this.handles = new HandleStore(settings.maxStoredHandles(), settings.clock());
    this.exchanges = new ExchangeLog(settings.maxRecordedExchanges(), settings.maxKeptViolations());
    SimulatorDesk desk = new SimulatorDesk(settings, exchanges);
    this.server = new WireMockServer(
        ServerOptions.of(settings, desk, new HandlesEndpoint(settings, handles, exchanges, desk)));
    server.stubFor(any(urlPathEqualTo("/handles")).willReturn(aResponse().withTransformers(HandlesEndpoint.NAME)));
  }

  /** A simulator with every default (127.0.0.1, a free port, no faults), started. */
  public static HandlesSimulator start() {
    return builder().start();
  }

  public static Builder builder() {
    return new Builder();
  }

  private HandlesSimulator started() {
    try {
      server.start();
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot start the simulator on " + settings.host() + ":" + settings.port()
          + ": " + rootMessage(e), e);
    }
    return this;
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.toString() : cause.getMessage();
  }

  /**
   * Where the simulator listens, e.g. {@code http://127.0.0.1:49152}, without a trailing slash: a {@code String}, as
   * WireMock's own {@code baseUrl()} is, ready for a client that takes one.
   */
  public String baseUrl() {
    String host = settings.host();
    if (host.contains(":") && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    return "http://" + host + ":" + port();
  }

  /** {@link #baseUrl()} as a {@link URI}. */
  public URI baseUri() {
    return URI.create(baseUrl());
  }

  /** The endpoint: {@link #baseUrl()} followed by {@code /handles}. */
  public URI handlesUri() {
    return URI.create(baseUrl() + "/handles");
  }

  /** The port the simulator listens on; the free port it took when configured with port 0. */
  public int port() {
    return server.port();
  }

  /** The last requests to {@code /handles}, oldest first, at most the configured number. */
  public List<RecordedExchange> exchanges() {
    return exchanges.snapshot();
  }

  /**
   * The requests to {@code /handles} that broke the contract, oldest first, kept apart from {@link #exchanges()} up
   * to {@link Builder#maxKeptViolations(int)} of them (compacted: bodies cut at 1 KiB, at most 16 errors each).
   */
  public List<RecordedExchange> violations() {
    return exchanges.offending().stream().map(ExchangeLog.Numbered::exchange).toList();
  }

  /** The log behind {@link #exchanges()} and {@link #violations()}, for the assertions of the JUnit extension. */
  ExchangeLog exchangeLog() {
    return exchanges;
  }

  /** Whether WireMock's admin API answers (see {@link Builder#adminApi(boolean)}). */
  public boolean adminApiEnabled() {
    return settings.adminApi();
  }

  /**
   * What an operator must be told when the admin API is on: where it is, who can reach it and what it exposes;
   * empty when it is off. {@code handlekit serve --admin} prints it.
   */
  public Optional<String> adminApiWarning() {
    if (!settings.adminApi()) {
      return Optional.empty();
    }
    return Optional.of("WARNING: WireMock's admin API is on at " + baseUrl() + "/__admin for requests from this "
        + "machine without an Origin header (no web page can use it). Anyone who can send such a request can "
        + "replace or remove the /handles stubs and add stubs on any path, reset the simulator, change its "
        + "settings (a fixed delay on every answer) and shut the server down. It cannot make the simulator proxy "
        + "to other hosts or read or write files. Leave it off unless you need it.");
  }

  /** Forgets the recorded exchanges. */
  public void clearExchanges() {
    exchanges.clear();
  }

  /** How many invite handles the simulator holds now: those created and neither expired nor evicted by the cap. */
  public int storedHandleCount() {
    return handles.size();
  }

  /** The most handles the simulator holds at once. */
  public int maxStoredHandles() {
    return handles.capacity();
  }

  /** The faults this simulator injects; empty for one that follows the contract. */
  public Set<Fault> faults() {
    return settings.faults();
  }

  /** The validator that judges requests. */
  public HandlesValidator validator() {
    return settings.validator();
  }

  public boolean isRunning() {
    return server.isRunning();
  }

  /** Stops the server; idempotent. */
  @Override
  public void close() {
    if (server.isRunning()) {
      server.stop();
    }
  }

  @Override
  public String toString() {
    return "HandlesSimulator[" + (isRunning() ? baseUrl() : "stopped") + ", faults=" + settings.faults() + "]";
  }

  /**
   * Configures a simulator. Not thread-safe; {@link #start()} reads it once, so one builder can start several
   * simulators.
   */
  public static final class Builder {
    private String host = DEFAULT_HOST;
    private int port;
    private Xuid callerXuid = Xuid.parse(DEFAULT_CALLER_XUID);
    private Duration inviteTtl = DEFAULT_INVITE_TTL;
    private @Nullable HandlesValidator validator;
    private @Nullable Integer maxBodyBytes;
    private final Set<Fault> faults = EnumSet.noneOf(Fault.class);
    private @Nullable Schedule throttle;
    private @Nullable Duration throttleRetryAfter;
    private @Nullable Schedule overload;
    private @Nullable Duration overloadRetryAfter;
    private Duration latency = Duration.ZERO;
    private Clock clock = Clock.systemUTC();
    private int maxStoredHandles = DEFAULT_MAX_STORED_HANDLES;
    private int maxRecordedExchanges = DEFAULT_MAX_RECORDED_EXCHANGES;
    private int containerThreads = 50;
    private int maxKeptViolations = DEFAULT_MAX_KEPT_VIOLATIONS;
    private Duration bodyTimeout = DEFAULT_BODY_TIMEOUT;
    private boolean adminApi;
    private final List<Consumer<? super ObservedExchange>> observers = new ArrayList<>();

    private Builder() {}

    /** The address to bind, default {@value HandlesSimulator#DEFAULT_HOST}; {@code 0.0.0.0} for every interface. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port, default 0: a free port, see {@link HandlesSimulator#port()}. */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /** The XUID of the caller, written as {@code senderXuid} in invite handles. */
    public Builder callerXuid(Xuid callerXuid) {
      this.callerXuid = Objects.requireNonNull(callerXuid, "callerXuid");
      return this;
    }

    /** How long after its creation an invite handle expires; default one hour. */
    public Builder inviteTtl(Duration inviteTtl) {
      if (inviteTtl.isNegative() || inviteTtl.isZero()) {
        throw new IllegalArgumentException("inviteTtl must be positive, was " + inviteTtl);
      }
      this.inviteTtl = inviteTtl;
      return this;
    }

    /**
     * The largest body accepted, in bytes; larger ones are answered 413. Default: the validator's limit,
     * {@value HandlesValidator#DEFAULT_MAX_BODY_BYTES} unless configured there.
     */
    public Builder maxBodyBytes(int maxBodyBytes) {
      if (maxBodyBytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /** The validator that judges requests; default {@link HandlesValidator#create()} (strict, English). */
    public Builder validator(HandlesValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /** Adds deliberate contract faults. */
    public Builder fault(Fault... faults) {
      this.faults.addAll(Arrays.asList(faults));
      return this;
    }

    /** Adds deliberate contract faults. */
    public Builder faults(Set<Fault> faults) {
      this.faults.addAll(faults);
      return this;
    }

    /**
     * Answers the requests that {@code schedule} hits with 429, a {@code Retry-After} header of {@code retryAfter}
     * in whole seconds (rounded up) and a small JSON body, before looking at them.
     */
    public Builder throttle(Schedule schedule, Duration retryAfter) {
      this.throttle = Objects.requireNonNull(schedule, "schedule");
      this.throttleRetryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
      return this;
    }

    /** Like {@link #throttle}, with 503 (overloaded); checked before throttling. */
    public Builder overload(Schedule schedule, Duration retryAfter) {
      this.overload = Objects.requireNonNull(schedule, "schedule");
      this.overloadRetryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
      return this;
    }

    /** Delays every response from {@code /handles} by {@code latency} (millisecond precision). */
    public Builder latency(Duration latency) {
      if (latency.isNegative()) {
        throw new IllegalArgumentException("latency must not be negative, was " + latency);
      }
      this.latency = latency;
      return this;
    }

    /** The clock that dates invite handles and expires them; default the system clock in UTC. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How many created handles are kept at most; default {@value HandlesSimulator#DEFAULT_MAX_STORED_HANDLES}. */
    public Builder maxStoredHandles(int maxStoredHandles) {
      if (maxStoredHandles < 1) {
        throw new IllegalArgumentException("maxStoredHandles must be at least 1, was " + maxStoredHandles);
      }
      this.maxStoredHandles = maxStoredHandles;
      return this;
    }

    /** How many exchanges are recorded at most; default {@value HandlesSimulator#DEFAULT_MAX_RECORDED_EXCHANGES}. */
    public Builder maxRecordedExchanges(int maxRecordedExchanges) {
      if (maxRecordedExchanges < 1) {
        throw new IllegalArgumentException("maxRecordedExchanges must be at least 1, was " + maxRecordedExchanges);
      }
      this.maxRecordedExchanges = maxRecordedExchanges;
      return this;
    }

    /** The server's worker threads; default 50, enough for dozens of concurrent clients. */
    public Builder containerThreads(int containerThreads) {
      if (containerThreads < 4) {
        throw new IllegalArgumentException("containerThreads must be at least 4, was " + containerThreads);
      }
      this.containerThreads = containerThreads;
      return this;
    }

    /**
     * How many exchanges that broke the contract are kept apart from the recent ones, so that
     * {@link HandlesSimulatorExtension#assertAllRequestsValid()} sees them all; default
     * {@value HandlesSimulator#DEFAULT_MAX_KEPT_VIOLATIONS}. Beyond it they are counted, and the assertions fail.
     */
    public Builder maxKeptViolations(int maxKeptViolations) {
      if (maxKeptViolations < 1) {
        throw new IllegalArgumentException("maxKeptViolations must be at least 1, was " + maxKeptViolations);
      }
      this.maxKeptViolations = maxKeptViolations;
      return this;
    }

    /**
     * How long a request body may take to arrive in full, counted from the end of the request's head; default
     * 10 seconds. A body still incomplete then is answered 400 and its connection closed. The body is read without
     * holding a worker thread, so slow senders do not keep other clients waiting.
     */
    public Builder bodyTimeout(Duration bodyTimeout) {
      if (bodyTimeout.isNegative() || bodyTimeout.isZero()) {
        throw new IllegalArgumentException("bodyTimeout must be positive, was " + bodyTimeout);
      }
      this.bodyTimeout = bodyTimeout;
      return this;
    }

    /**
     * Turns WireMock's admin API ({@code /__admin/**}) on or off; default off, and then {@code /__admin} is a 404
     * like any unknown path. When on, it answers only requests from this machine (a loopback peer) that carry no
     * {@code Origin} header, never with CORS headers; stubs still cannot proxy and no file is read or written. Tell
     * the operator what that exposes: {@link HandlesSimulator#adminApiWarning()}. The Java API (this builder,
     * faults, behaviours, the JUnit 5 extension) never needs it.
     */
    public Builder adminApi(boolean adminApi) {
      this.adminApi = adminApi;
      return this;
    }

    /**
     * Tells {@code observer} of every exchange the simulator answers, on any path and whatever the answer, as the
     * exchange ends (after the answer was written; for a request refused on its head alone, just before): for a
     * console log ({@link ObservedExchange#consoleLine()}) or a {@link RequestJournal}. Called on the server's
     * threads, concurrently; it must be thread-safe and quick. A client's next request can therefore be observed
     * before the previous one: exchanges are told in the order they end, not strictly in the order they were sent. An observer that throws is logged
     * and does not disturb the answer. May be called several times to add several observers.
     */
    public Builder observer(Consumer<? super ObservedExchange> observer) {
      this.observers.add(Objects.requireNonNull(observer, "observer"));
      return this;
    }

    /**
     * Starts a simulator with this configuration.
     *
     * @throws IllegalStateException when the server cannot start (the port is taken, the host is unknown)
     */
    public HandlesSimulator start() {
      return new HandlesSimulator(settings()).started();
    }

    private SimulatorSettings settings() {
      HandlesValidator judge = validator == null ? HandlesValidator.create() : validator;
      if (maxBodyBytes != null && maxBodyBytes != judge.maxBodyBytes()) {
        judge = judge.toBuilder().maxBodyBytes(maxBodyBytes).build();
      }
      return new SimulatorSettings(host, port, callerXuid, inviteTtl, judge, faults,
          Optional.ofNullable(throttle).map(s -> new Rejection(429, s, throttleRetryAfter)),
          Optional.ofNullable(overload).map(s -> new Rejection(503, s, overloadRetryAfter)),
          latency, clock, maxStoredHandles, maxRecordedExchanges, maxKeptViolations, containerThreads, bodyTimeout,
          adminApi, observers);
    }
  }
}
