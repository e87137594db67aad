package io.handlekit.maven;

import io.handlekit.conformance.CheckResult;
import io.handlekit.conformance.ConformanceResult;
import io.handlekit.conformance.ConformanceSuite;
import io.handlekit.conformance.Fixture;
import io.handlekit.conformance.Reports;
import io.handlekit.simulator.HandlesSimulator;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Runs the {@code POST /handles} conformance suite against a server ({@code <baseUrl>}) or, without one, against the
 * embedded simulator (a smoke run), writes its reports (summary, JUnit XML, JSON, HTML) to {@code <reportDirectory>},
 * and fails the build when the target does not conform, could not be reached, or (unless
 * {@code <failOnInconclusive>false</failOnInconclusive>}) when the run was inconclusive. Bound by default to
 * {@code integration-test}, between a server started in {@code pre-integration-test} and stopped in
 * {@code post-integration-test}.
 */
@Mojo(name = "conformance", defaultPhase = LifecyclePhase.INTEGRATION_TEST, threadSafe = true)
public final class ConformanceMojo extends AbstractMojo {
  /**
   * The server, e.g. {@code http://127.0.0.1:8080}; requests go to {@code <baseUrl>/handles} (a URL ending in
   * {@code /handles} is used as it is). Without it, the run goes to the embedded simulator, started on a free
   * loopback port for the run: a smoke test of the setup, not of any server of yours.
   */
  @Parameter(property = "handlekit.baseUrl")
  private String baseUrl;

  /**
   * Headers sent with every request, each {@code <header>} with a {@code <name>} and one of {@code <value>},
   * {@code <env>} (an environment variable) or {@code <server>} (the id of a {@code settings.xml} server whose
   * password is the value). Values from the environment or {@code settings.xml} are secret: {@code ***} in every
   * report, never in the log.
   */
  @Parameter
  private List<Header> headers = new ArrayList<>();

  /** Examples per generating check; the suite's default is 100. */
  @Parameter(property = "handlekit.tries")
  private Integer tries;

  /** The run's seed: the same seed and tries replay the same requests. Default: random, printed in the summary. */
  @Parameter(property = "handlekit.seed")
  private Long seed;

  /** Run only these checks (ids as in the README's check table). */
  @Parameter(property = "handlekit.conformance.only")
  private List<String> only = new ArrayList<>();

  /** Do not run these checks. Left-out checks never make a run inconclusive. */
  @Parameter(property = "handlekit.conformance.skip")
  private List<String> skip = new ArrayList<>();

  /** The existing session that bodies name; a real service needs one. Default: generated sessions. */
  @Parameter
  private SessionFixture fixture;

  /** A PEM file of the CA certificate(s) to trust, and only those, for an {@code https} target behind an internal CA. */
  @Parameter(property = "handlekit.caCertificate")
  private File caCertificate;

  /** The most requests the run sends; checks that would need more end as skipped (inconclusive). Suite default 50 000. */
  @Parameter(property = "handlekit.maxRequests")
  private Integer maxRequests;

  /** The most requests per second; default: as fast as the target answers. */
  @Parameter(property = "handlekit.rate")
  private Double rate;

  /** The longest wait for one answer, in seconds; an unanswered request fails {@code no-hang}. Suite default 10. */
  @Parameter(property = "handlekit.timeoutSeconds")
  private Integer timeoutSeconds;

  /** Fail the build when the run is inconclusive (a MUST check skipped or cut short, or no MUST check selected). */
  @Parameter(property = "handlekit.failOnInconclusive", defaultValue = "true")
  private boolean failOnInconclusive;

  /** Where the reports go: {@code conformance-summary.txt}, {@code TEST-handlekit-conformance.xml}, JSON, HTML. */
  @Parameter(property = "handlekit.conformance.reportDirectory",
      defaultValue = "${project.build.directory}/handlekit/conformance")
  private File reportDirectory;

  /** Skips both handlekit goals ({@code -Dhandlekit.skip}). */
  @Parameter(property = "handlekit.skip", defaultValue = "false")
  private boolean skipGoal;

  @Parameter(defaultValue = "${settings}", readonly = true, required = true)
  private Settings settings;

  private final SettingsDecrypter settingsDecrypter;

  /** Maven creates the goal, with its decrypter of {@code settings.xml} passwords. */
  @Inject
  public ConformanceMojo(SettingsDecrypter settingsDecrypter) {
    this.settingsDecrypter = settingsDecrypter;
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipGoal) {
      getLog().info("handlekit:conformance skipped (handlekit.skip)");
      return;
    }
    // Every parameter is judged before anything starts: a mistake never costs a simulator start or a request.
    ConformanceSuite.Builder builder = configured();
    ConformanceResult result;
    if (baseUrl == null || baseUrl.isBlank()) {
      try (HandlesSimulator simulator = startSimulator()) {
        getLog().info("No <baseUrl>: a smoke run against the embedded simulator at " + simulator.baseUrl());
        result = builder.baseUrl(simulator.baseUrl()).build().run();
      }
    } else {
      result = builder.build().run();
    }
    Path reports = reportDirectory.toPath();
    try {
      Reports.writeAll(result, reports);
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    // What did not pass stands out in the log as warnings; a run that conforms is information.
    boolean conforms = result.conforms();
    Reports.summary(result).lines().forEach(line -> {
      if (conforms) {
        getLog().info(line);
      } else {
        getLog().warn(line);
      }
    });
    judge(result, reports);
  }

  private void judge(ConformanceResult result, Path reports) throws MojoFailureException {
    String where = " (reports in " + reports + ")";
    // A switch without default: a new verdict does not compile until the goal says what it means for the build.
    switch (result.verdict()) {
      case CONFORMS -> getLog().info(result.target() + " conforms: every selected MUST check passed" + where);
      case DOES_NOT_CONFORM -> throw new MojoFailureException(result.target()
          + " does not conform to the POST /handles contract: " + describe(result.mustFailures())
          + "; replay with -Dhandlekit.seed=" + result.seed() + " -Dhandlekit.tries=" + result.tries() + where);
      case UNREACHABLE -> throw new MojoFailureException(result.target() + " could not be reached, so no check ran: "
          + result.unreachable().orElse("no reason given") + ". Is the server running at that address?");
      case INCONCLUSIVE -> {
        String message = "the conformance run against " + result.target() + " was inconclusive: "
            + result.inconclusiveReason().orElse("no reason given") + where;
        if (failOnInconclusive) {
          throw new MojoFailureException(message + "; <failOnInconclusive>false</failOnInconclusive> lets it pass");
        }
        getLog().warn(message);
      }
    }
  }

  private static String describe(List<CheckResult> failed) {
    return failed.size() + " MUST check" + (failed.size() == 1 ? "" : "s") + " failed ("
        + failed.stream().map(CheckResult::id).collect(Collectors.joining(", ")) + ")";
  }

  private HandlesSimulator startSimulator() throws MojoExecutionException {
    try {
      return HandlesSimulator.start();
    } catch (IllegalStateException e) {
      throw new MojoExecutionException("cannot start the embedded simulator: " + e.getMessage(), e);
    }
  }

  /** A builder with every parameter but the embedded target set; the suite checks each value as it is given. */
  private ConformanceSuite.Builder configured() throws MojoExecutionException {
    List<ResolvedHeader> resolved = new HeaderValues(System::getenv, this::serverPassword).resolve(headers);
    try {
      ConformanceSuite.Builder builder = ConformanceSuite.builder();
      for (ResolvedHeader header : resolved) {
        if (header.secret()) {
          builder.secretHeader(header.name(), header.value());
        } else {
          builder.header(header.name(), header.value());
        }
      }
      if (tries != null) {
        builder.tries(tries);
      }
      if (seed != null) {
        builder.seed(seed);
      }
      if (only != null && !only.isEmpty()) {
        builder.only(ids(only));
      }
      if (skip != null && !skip.isEmpty()) {
        builder.skip(ids(skip));
      }
      if (fixture != null) {
        builder.fixture(Fixture.session(fixture.scid(), fixture.templateName(), fixture.sessionName())
            .withInvitedXuids(fixture.invitedXuids()).withTitleIds(fixture.titleIds()));
      }
      if (caCertificate != null) {
        builder.caCertificate(caCertificate.toPath());
      }
      if (maxRequests != null) {
        builder.maxRequests(maxRequests);
      }
      if (rate != null) {
        builder.rate(rate);
      }
      if (timeoutSeconds != null) {
        builder.timeout(Duration.ofSeconds(timeoutSeconds));
      }
      builder.log(getLog()::info);
      if (baseUrl != null && !baseUrl.isBlank()) {
        builder.baseUrl(baseUrl.strip()).build(); // the URL's own checks run in build()
      }
      return builder;
    } catch (IllegalArgumentException | NullPointerException e) {
      // The suite's builder says what is wrong with a value; no message of it holds a header value.
      throw new MojoExecutionException("handlekit:conformance: " + e.getMessage(), e);
    }
  }

  /** Ids as given in the POM or as one comma-separated property, blanks dropped. */
  private static LinkedHashSet<String> ids(List<String> given) {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    for (String part : given) {
      for (String id : part.split(",")) {
        if (!id.isBlank()) {
          ids.add(id.strip());
        }
      }
    }
    return ids;
  }

  private Optional<String> serverPassword(String id) throws MojoExecutionException {
    Server server = settings == null ? null : settings.getServer(id);
    if (server == null) {
      throw new MojoExecutionException("<headers>: no <server> with the id " + id + " in settings.xml");
    }
    SettingsDecryptionResult decrypted = settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    if (!decrypted.getProblems().isEmpty()) {
      throw new MojoExecutionException("<headers>: the password of the settings.xml server " + id
          + " cannot be decrypted: " + decrypted.getProblems().get(0).getMessage());
    }
    return Optional.ofNullable(decrypted.getServer().getPassword());
  }
}
