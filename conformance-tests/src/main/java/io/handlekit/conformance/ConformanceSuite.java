package io.handlekit.conformance;

import io.handlekit.conformance.internal.http.CaTrust;
import io.handlekit.conformance.internal.report.HumanDuration;
import io.handlekit.conformance.internal.run.Catalogue;
import io.handlekit.conformance.internal.run.Check;
import io.handlekit.conformance.internal.run.JUnitBridge;
import io.handlekit.conformance.internal.run.RunSession;
import io.handlekit.conformance.internal.run.Settings;
import io.handlekit.core.text.TerminalText;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * The conformance suite for one implementation of {@code POST /handles}.
 *
 * <pre>{@code
 * ConformanceResult result = ConformanceSuite.builder()
 *     .baseUrl(URI.create("http://localhost:8080"))
 *     .header("Authorization", "XBL3.0 x=...;...")      // redacted in every report
 *     .reportDir(Path.of("target/conformance"))
 *     .build()
 *     .run();
 * Verdict verdict = result.verdict();               // CONFORMS, DOES_NOT_CONFORM, UNREACHABLE or INCONCLUSIVE
 * }</pre>
 *
 * <p>Immutable once built; {@link #run()} may be called again (each call is a new run with the same seed).
 */
public final class ConformanceSuite {
  /** The default number of examples per generating check. */
  public static final int DEFAULT_TRIES = 100;
  /** The default per-request timeout. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  /** The default number of checks run at once. */
  public static final int DEFAULT_PARALLELISM = 2;
  /** The default request budget of a run. */
  public static final int DEFAULT_MAX_REQUESTS = 50_000;

  private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final Settings settings;

  private ConformanceSuite(Settings settings) {
    this.settings = settings;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every check of the suite, in the order they run. */
  public static List<CheckDescription> checks() {
    return Catalogue.checks().stream().map(Check::description).toList();
  }

  /** The seed this suite runs with (chosen at random when the builder was given none). */
  public long seed() {
    return settings.seed();
  }

  /** The URL the requests go to: the base URL with {@code /handles} appended. */
  public URI endpoint() {
    return settings.endpoint();
  }

  /**
   * Runs the selected checks, one after the other, and writes the reports when a report directory was set.
   * Never throws for anything the target does: an unreachable target comes back as a result with
   * {@link ConformanceResult#unreachable()} set (verdict {@link Verdict#UNREACHABLE}).
   */
  public ConformanceResult run() {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    List<CheckResult> results = new ArrayList<>();
    Optional<String> unreachable;
    ConformanceResult result;
    try (RunSession session = new RunSession(settings)) {
      unreachable = session.preflight();
      if (unreachable.isEmpty()) {
        results.addAll(session.runAll(session.selectedChecks()));
      } else {
        settings.log().accept(TerminalText.escape("UNREACHABLE " + settings.endpoint() + ": " + unreachable.get()));
      }
      result = new ConformanceResult(settings.endpoint().toString(), settings.seed(), settings.tries(), started,
          Duration.ofNanos(System.nanoTime() - t0), session.requests(), results, unreachable,
          unreachable.isPresent() ? List.of() : session.warnings(), session.throttling());
    }
    settings.reportDir().ifPresent(dir -> Reports.writeAll(result, dir));
    return result;
  }

  /**
   * The checks as JUnit 5 dynamic tests, for a {@code @TestFactory} in one's own build: a failed MUST check fails
   * its test; so does a MUST check that was skipped, cut short or ended in ERROR, and a check of any level that
   * ended in ERROR (the run is inconclusive, which must not look green); a failed or skipped SHOULD or INFO check
   * aborts its test (shown as skipped, with the reason). The checks share one run; after the last, the reports are
   * written when a report directory was set.
   *
   * <pre>{@code
   * @TestFactory
   * Stream<DynamicTest> handlesConformance() {
   *   return ConformanceSuite.builder().baseUrl(URI.create("http://localhost:8080")).build().dynamicTests();
   * }
   * }</pre>
   *
   * Needs junit-jupiter-api on the class path (this library declares it optional).
   */
  public Stream<org.junit.jupiter.api.DynamicTest> dynamicTests() {
    return JUnitBridge.tests(settings);
  }

  /** Configures a {@link ConformanceSuite}. Not thread-safe; the suite it builds is immutable. */
  public static final class Builder {
    private @Nullable URI baseUrl;
    private final List<Header> headers = new ArrayList<>();
    private final Set<String> secretHeaders = new HashSet<>();
    private Fixture fixture = Fixture.anySession();
    private int tries = DEFAULT_TRIES;
    private @Nullable Long seed;
    private final Set<String> only = new LinkedHashSet<>();
    private final Set<String> skip = new LinkedHashSet<>();
    private int maxRequests = DEFAULT_MAX_REQUESTS;
    private double rate;
    private Duration timeout = DEFAULT_TIMEOUT;
    private Duration checkTime = Duration.ofMinutes(5);
    private int shrinkCycles = 100;
    private Duration maxRetryWait = Duration.ofSeconds(30);
    private @Nullable Path reportDir;
    private Consumer<String> log = line -> { };
    private int parallelism = DEFAULT_PARALLELISM;
    private @Nullable SSLContext tls;

    private Builder() {}

    /**
     * Trusts the CA certificate(s) of this PEM file (and only those) for an {@code https} target behind an internal
     * CA. The file is read now, so a bad one is refused before anything starts. There is no "trust everything"
     * switch: a target whose certificate is not trusted is reported unreachable, with the TLS reason.
     *
     * @throws IllegalArgumentException when the file cannot be read or holds no certificate
     */
    public Builder caCertificate(Path pem) {
      this.tls = CaTrust.of(Objects.requireNonNull(pem, "pem"));
      return this;
    }

    /**
     * The service's base URL, e.g. {@code http://localhost:8080}; requests go to {@code <baseUrl>/handles}. A URL
     * whose path already ends in {@code /handles} is used as it is.
     */
    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /** Same as {@link #baseUrl(URI)}, parsing {@code baseUrl}. */
    public Builder baseUrl(String baseUrl) {
      try {
        return baseUrl(URI.create(Objects.requireNonNull(baseUrl, "baseUrl").strip()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not a URL: \"" + baseUrl + "\"", e);
      }
    }

    /**
     * A header sent with every request (an {@code Authorization}, a tenant id). {@code Authorization},
     * {@code Proxy-Authorization} and {@code Cookie} are always redacted; mark others with {@link #secretHeader}.
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (!name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
        throw new IllegalArgumentException("not a valid header name: \"" + name + "\"");
      }
      if (RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("the header " + name + " is set by the HTTP client and cannot be given");
      }
      if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("the value of header " + name + " holds a line break");
      }
      headers.removeIf(h -> h.name().equalsIgnoreCase(name));
      headers.add(new Header(name, value));
      return this;
    }

    /** Marks the header {@code name} secret: its value shows as {@code ***} in every report and log line. */
    public Builder secretHeader(String name) {
      secretHeaders.add(Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT));
      return this;
    }

    /** Sends {@code name: value} with every request and marks it secret. */
    public Builder secretHeader(String name, String value) {
      return header(name, value).secretHeader(name);
    }

    /**
     * The existing session that bodies name (a real service needs one). Default: generated sessions. For invites
     * to go to test accounts only, pass a {@link Fixture.Session} {@code withInvitedXuids(...)} to {@link #fixture(Fixture)}.
     */
    public Builder fixture(String scid, String templateName, String sessionName) {
      return fixture(Fixture.session(scid, templateName, sessionName));
    }

    public Builder fixture(Fixture fixture) {
      this.fixture = Objects.requireNonNull(fixture, "fixture");
      return this;
    }

    /** Examples per generating check (a check split into parts gives each at least 3). Default {@value ConformanceSuite#DEFAULT_TRIES}. */
    public Builder tries(int tries) {
      if (tries < 1) {
        throw new IllegalArgumentException("tries must be at least 1 (the examples per generating check), not " + tries);
      }
      this.tries = tries;
      return this;
    }

    /** The run's seed: the same seed and tries replay the same requests. Default: random, reported in the result. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Runs only the checks with these ids. */
    public Builder only(Set<String> ids) {
      only.addAll(known(ids));
      return this;
    }

    /** Does not run the checks with these ids. */
    public Builder skip(Set<String> ids) {
      skip.addAll(known(ids));
      return this;
    }

    private static Set<String> known(Set<String> ids) {
      Set<String> all = new HashSet<>();
      checks().forEach(c -> all.add(c.id()));
      for (String id : ids) {
        if (!all.contains(id)) {
          throw new IllegalArgumentException("no check has the id \"" + id + "\"; the checks are: "
              + String.join(", ", checks().stream().map(CheckDescription::id).toList()));
        }
      }
      return ids;
    }

    /**
     * The most requests the run sends; checks that would need more end as skipped, which makes the run inconclusive
     * when one is a MUST check. Default {@value ConformanceSuite#DEFAULT_MAX_REQUESTS}.
     */
    public Builder maxRequests(int maxRequests) {
      if (maxRequests < 1) {
        throw new IllegalArgumentException("maxRequests must be at least 1, not " + maxRequests);
      }
      this.maxRequests = maxRequests;
      return this;
    }

    /** The most requests per second (0, the default: as fast as the target answers). */
    public Builder rate(double perSecond) {
      if (!(perSecond >= 0) || Double.isInfinite(perSecond)) {
        throw new IllegalArgumentException("rate must be a non-negative number of requests per second, not " + perSecond);
      }
      this.rate = perSecond;
      return this;
    }

    /** The longest wait for one answer; a request unanswered by then fails {@code no-hang}. Default 10 s. */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive, not " + HumanDuration.of(timeout));
      }
      this.timeout = timeout;
      return this;
    }

    /** The longest one check may run before it stops (and ends as skipped: a MUST one makes the run inconclusive). Default 5 minutes. */
    public Builder checkTime(Duration checkTime) {
      if (checkTime.isNegative() || checkTime.isZero()) {
        throw new IllegalArgumentException("checkTime must be positive, not " + HumanDuration.of(checkTime));
      }
      this.checkTime = checkTime;
      return this;
    }

    /** QuickTheories shrink cycles for a failing check. Default 100. */
    public Builder shrinkCycles(int shrinkCycles) {
      if (shrinkCycles < 0) {
        throw new IllegalArgumentException("shrinkCycles must not be negative");
      }
      this.shrinkCycles = shrinkCycles;
      return this;
    }

    /** The longest {@code Retry-After} the suite waits for on a 429 or 503. Default 30 s. */
    public Builder maxRetryWait(Duration maxRetryWait) {
      if (maxRetryWait.isNegative()) {
        throw new IllegalArgumentException("maxRetryWait must not be negative");
      }
      this.maxRetryWait = maxRetryWait;
      return this;
    }

    /** Where {@link ConformanceSuite#run()} writes the four reports. Default: nowhere. */
    public Builder reportDir(Path reportDir) {
      this.reportDir = Objects.requireNonNull(reportDir, "reportDir");
      return this;
    }

    /** Receives one line per finished check (secrets already redacted), e.g. {@code System.out::println}. */
    public Builder log(Consumer<String> log) {
      this.log = Objects.requireNonNull(log, "log");
      return this;
    }

    /**
     * How many checks run at once (each check sends one request at a time). Default
     * {@value ConformanceSuite#DEFAULT_PARALLELISM}; 1 for strictly one request at a time.
     */
    public Builder parallelism(int parallelism) {
      if (parallelism < 1 || parallelism > 16) {
        throw new IllegalArgumentException("parallelism must be 1 to 16, not " + parallelism);
      }
      this.parallelism = parallelism;
      return this;
    }

    /**
     * @throws IllegalArgumentException when no base URL was given or it is not an absolute http(s) URL
     */
    public ConformanceSuite build() {
      if (baseUrl == null) {
        throw new IllegalArgumentException("a base URL is required, e.g. http://localhost:8080");
      }
      String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || baseUrl.getHost() == null) {
        throw new IllegalArgumentException("the base URL must be an absolute http or https URL, not \"" + baseUrl + "\"");
      }
      if (baseUrl.getRawUserInfo() != null) {
        throw new IllegalArgumentException("put credentials in a header (they are redacted there), not in the URL");
      }
      if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
        throw new IllegalArgumentException("the base URL must not have a query or fragment: \"" + baseUrl + "\"");
      }
      String path = Optional.ofNullable(baseUrl.getRawPath()).orElse("");
      while (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      URI endpoint = baseUrl.resolve(path.endsWith("/handles") ? path : path + "/handles");
      long chosen = seed != null ? seed : ThreadLocalRandom.current().nextLong();
      return new ConformanceSuite(new Settings(endpoint, headers, secretHeaders, fixture, tries, chosen, only, skip,
          maxRequests, rate, timeout, checkTime, shrinkCycles, maxRetryWait, Optional.ofNullable(reportDir), log,
          parallelism, Optional.ofNullable(tls)));
    }
  }
}
