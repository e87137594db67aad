package io.handlekit.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.handlekit.core.Xuid;
import io.handlekit.simulator.internal.ExchangeLog;
import io.handlekit.simulator.internal.GuardedServerFactory;
import io.handlekit.simulator.internal.HandleStore;
import io.handlekit.simulator.internal.HandlesEndpoint;
import io.handlekit.simulator.internal.LoggingNotifier;
import io.handlekit.simulator.internal.Rejection;
import io.handlekit.simulator.internal.SimulatorSettings;
import io.handlekit.validator.HandlesValidator;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

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
 * each also expires after the invite TTL) and the last {@value #DEFAULT_MAX_RECORDED_EXCHANGES} exchanges.
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

  private final SimulatorSettings settings;
  private final WireMockServer server;
  private final HandleStore handles;
  private final ExchangeLog exchanges;

  private HandlesSimulator(SimulatorSettings settings) {
    this.settings = settings;
    this.handles = new HandleStore(settings.maxStoredHandles(), settings.clock());
    this.exchanges = new ExchangeLog(settings.maxRecordedExchanges());
    WireMockConfiguration options = options()
        .bindAddress(settings.host())
        .port(settings.port())
        .containerThreads(settings.containerThreads())
        .disableRequestJournal()
        .stubRequestLoggingDisabled(true)
        .gzipDisabled(true)
        .extensionScanningEnabled(false)
        .notifier(new LoggingNotifier())
        .httpServerFactory(new GuardedServerFactory())
        .extensions(new HandlesEndpoint(settings, handles, exchanges));
    this.server = new WireMockServer(options);
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
   * Starts serving with {@code builder}'s configuration, prints exactly one line,
   * {@code handlekit simulator listening on <baseUrl>}, to {@code out} once requests can be sent, and blocks until
   * the JVM is asked to stop (SIGINT, SIGTERM) or the calling thread is interrupted; then stops the server.
   *
   * @throws IllegalStateException when the server cannot start (the port is taken, the host is unknown), with a
   *     message that says so
   */
  public static void serveUntilStopped(Builder builder, PrintStream out) {
    HandlesSimulator simulator = builder.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      simulator.close();
      stopped.countDown();
    }, "handlekit-simulator-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println("handlekit simulator listening on " + simulator.baseUrl());
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or has run; it stops the server
      }
      simulator.close();
    }
  }

  /** Where the simulator listens, e.g. {@code http://127.0.0.1:49152}, without a trailing slash. */
  public URI baseUrl() {
    String host = settings.host();
    if (host.contains(":") && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + port());
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
    private HandlesValidator validator;
    private Integer maxBodyBytes;
    private final Set<Fault> faults = EnumSet.noneOf(Fault.class);
    private Schedule throttle;
    private Duration throttleRetryAfter;
    private Schedule overload;
    private Duration overloadRetryAfter;
    private Duration latency = Duration.ZERO;
    private Clock clock = Clock.systemUTC();
    private int maxStoredHandles = DEFAULT_MAX_STORED_HANDLES;
    private int maxRecordedExchanges = DEFAULT_MAX_RECORDED_EXCHANGES;
    private int containerThreads = 50;

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
          latency, clock, maxStoredHandles, maxRecordedExchanges, containerThreads);
    }
  }
}
