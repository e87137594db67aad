package io.handlekit.cli;

import io.handlekit.conformance.CheckDescription;
import io.handlekit.conformance.ConformanceResult;
import io.handlekit.conformance.ConformanceSuite;
import io.handlekit.conformance.Fixture;
import io.handlekit.conformance.Reports;
import io.handlekit.simulator.HandlesSimulator;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code handlekit conformance}: runs the conformance suite against a server. Each option maps onto one setting of
 * {@link ConformanceSuite.Builder}; an option left out keeps the suite's default.
 */
@Command(
    name = "conformance",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
        "Runs the conformance suite against an implementation of POST /handles: generated valid and invalid "
            + "requests, judged against the contract.",
        "Prints one line per finished check on standard error as it goes, then the summary on standard output: the "
            + "verdict (conforms, does not conform, inconclusive with its reason), the counts, any warnings, and only "
            + "the checks that did not pass, each failure with its smallest failing request.",
        "Every option is checked before anything starts: a bad one is a usage error (exit code 2)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:conforms: every selected MUST check ran all its tries and passed",
        "1:does not conform: a MUST check failed",
        "2:a usage error, the target could not be reached (TLS included), or the reports could not be written",
        "3:inconclusive: no MUST check failed, but one was skipped or cut short (throttling, the request or time "
            + "budget) or the suite failed internally; the summary says why in one line"})
final class ConformanceCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "The server, e.g. http://127.0.0.1:8080; requests go to URL/handles (a URL ending in /handles "
          + "is used as it is). Default: the embedded simulator, started in-process on a free port.")
  String baseUrl;

  @Option(names = {"-H", "--header"}, paramLabel = "'NAME: VALUE'",
      description = "A header sent with every request, e.g. -H 'Authorization: XBL3.0 x=…'. Authorization, "
          + "Proxy-Authorization and Cookie are always redacted in reports. Repeatable.")
  List<String> headers = new ArrayList<>();

  @Option(names = "--secret-header", paramLabel = "NAME",
      description = "Redact the value of header NAME in every report and log line. Repeatable.")
  List<String> secretHeaders = new ArrayList<>();

  @Option(names = "--scid", paramLabel = "GUID",
      description = "With --template and --session: the existing session that bodies name (a real service needs "
          + "one). Default: generated sessions, for servers that accept any (the simulator does).")
  String scid;

  @Option(names = "--template", paramLabel = "NAME", description = "The session template of --scid.")
  String template;

  @Option(names = "--session", paramLabel = "NAME", description = "The session name of --scid.")
  String session;

  @Option(names = "--invited-xuid", paramLabel = "XUID", split = ",",
      description = "With --scid: invite only these users (test accounts) instead of generated XUIDs. Repeatable.")
  List<String> invitedXuids = new ArrayList<>();

  @Option(names = "--title-id", paramLabel = "ID", split = ",",
      description = "With --scid: name only these title ids in invites instead of generated ones. Repeatable.")
  List<String> titleIds = new ArrayList<>();

  @Option(names = "--ca-cert", paramLabel = "FILE",
      description = "Trust the CA certificate(s) in this PEM file (and the JDK's usual ones not) for an https target "
          + "behind an internal CA. There is no switch to trust every certificate.")
  Path caCert;

  @Option(names = "--tries", paramLabel = "N",
      description = "Examples per generating check (default: " + ConformanceSuite.DEFAULT_TRIES + ").")
  Integer tries;

  @Option(names = "--seed", paramLabel = "S",
      description = "The seed; the same seed and tries replay the same requests (default: random, printed).")
  Long seed;

  @Option(names = "--only", paramLabel = "ID", split = ",", description = "Run only these checks (--list-checks).")
  Set<String> only = new LinkedHashSet<>();

  @Option(names = "--skip", paramLabel = "ID", split = ",", description = "Do not run these checks.")
  Set<String> skip = new LinkedHashSet<>();

  @Option(names = "--max-requests", paramLabel = "N",
      description = "The most requests the run sends; checks that would need more end as skipped, which makes "
          + "the run inconclusive (default: " + ConformanceSuite.DEFAULT_MAX_REQUESTS + ").")
  Integer maxRequests;

  @Option(names = "--rate", paramLabel = "R/s", converter = RateConverter.class,
      description = "The most requests per second, e.g. 20/s (default: 0, as fast as the target answers).")
  Double rate;

  @Option(names = "--timeout", paramLabel = "D", converter = DurationConverter.class,
      description = "The longest wait for one answer, e.g. 500ms, 10s, PT10S (default: 10s); an unanswered request "
          + "fails the no-hang check.")
  Duration timeout;

  @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "handlekit-reports",
      description = "Write the summary, JUnit XML, JSON and HTML reports into DIR (created if needed). "
          + "Default: ${DEFAULT-VALUE}.")
  Path reportDir;

  @Option(names = "--list-checks", description = "List the checks, with their levels, and exit.")
  boolean listChecks;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (listChecks) {
      for (CheckDescription check : ConformanceSuite.checks()) {
        out.printf("%-40s %-6s  %s%n", check.id(), check.level(), check.title());
      }
      out.flush();
      return 0;
    }
    // Every option is judged before anything starts: a usage error never costs a simulator start or a request.
    ConformanceSuite.Builder builder = configured(err);
    ConformanceResult result;
    if (baseUrl == null) {
      // The Quick start's main job: the suite against the simulator, in this process.
      try (HandlesSimulator simulator = startSimulator()) {
        err.println("handlekit conformance: no --base-url, so against the embedded simulator at " + simulator.baseUrl());
        err.flush();
        result = builder.baseUrl(simulator.baseUrl()).build().run();
      }
    } else {
      result = builder.build().run(); // the URL was checked with the other options
    }
    int exitCode = ExitCodes.of(result.verdict());
    try {
      Reports.writeAll(result, reportDir, exitCode);
    } catch (UncheckedIOException e) {
      err.println("handlekit conformance: " + e.getMessage());
      err.flush();
      return UsageErrorHandler.USAGE;
    }
    // Progress went to standard error line by line (an unreachable target's reason among it); the summary names
    // the verdict and repeats only what did not pass.
    out.print(Reports.summary(result, exitCode));
    out.flush();
    if (result.unreachable().isEmpty()) {
      err.println("handlekit conformance: reports written to " + reportDir);
    }
    err.flush();
    return exitCode;
  }

  private HandlesSimulator startSimulator() {
    try {
      return HandlesSimulator.start();
    } catch (IllegalStateException e) {
      throw new IllegalStateException("cannot start the embedded simulator: " + e.getMessage(), e);
    }
  }

  /** A builder with every option but the target set; each value is checked here, a bad one is a usage error. */
  private ConformanceSuite.Builder configured(PrintWriter err) {
    int fixtureParts = (scid == null ? 0 : 1) + (template == null ? 0 : 1) + (session == null ? 0 : 1);
    if (fixtureParts != 0 && fixtureParts != 3) {
      throw usage("--scid, --template and --session name one session: give all three or none");
    }
    if (fixtureParts == 0 && (!invitedXuids.isEmpty() || !titleIds.isEmpty())) {
      throw usage("--invited-xuid and --title-id belong to a fixture session: give --scid, --template and --session");
    }
    try {
      ConformanceSuite.Builder builder = ConformanceSuite.builder();
      for (String header : headers) {
        int colon = header.indexOf(':');
        if (colon <= 0) {
          throw usage("expected a header as 'NAME: VALUE' but was '" + header + "'");
        }
        builder.header(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
      }
      secretHeaders.forEach(builder::secretHeader);
      if (caCert != null) {
        builder.caCertificate(caCert);
      }
      if (fixtureParts == 3) {
        builder.fixture(Fixture.session(scid, template, session).withInvitedXuids(invitedXuids).withTitleIds(titleIds));
      }
      if (tries != null) {
        builder.tries(tries);
      }
      if (seed != null) {
        builder.seed(seed);
      }
      if (!only.isEmpty()) {
        builder.only(only);
      }
      if (!skip.isEmpty()) {
        builder.skip(skip);
      }
      if (maxRequests != null) {
        builder.maxRequests(maxRequests);
      }
      if (rate != null) {
        builder.rate(rate);
      }
      if (timeout != null) {
        builder.timeout(timeout);
      }
      builder.log(line -> {
        err.println(line);
        err.flush();
      });
      if (baseUrl != null) {
        // The URL's own checks (scheme, host, no credentials) run in build(); the suite built here is not used.
        builder.baseUrl(baseUrl).build();
      }
      return builder;
    } catch (IllegalArgumentException e) {
      // The builder checks every value and says what is wrong with it.
      throw usage(e.getMessage());
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
