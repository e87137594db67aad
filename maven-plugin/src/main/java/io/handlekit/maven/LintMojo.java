package io.handlekit.maven;

import io.handlekit.lint.HandlesLint;
import io.handlekit.lint.LintResult;
import io.handlekit.lint.ReportFormat;
import io.handlekit.lint.UnreadableInput;
import io.handlekit.validator.HandlesValidator;
import io.handlekit.validator.Profile;
import io.handlekit.validator.Rule;
import io.handlekit.validator.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Lints {@code POST /handles} request bodies of the project (by default
 * {@value #DEFAULT_INCLUDE}) and NDJSON request logs: every finding goes to the build log as
 * {@code path:line:col: severity [rule.id] message} at its severity's level, and the whole run to
 * {@code lint.sarif} (for code scanning) and {@code lint.json} in {@code <outputDirectory>}. The build fails on any
 * error ({@code <failOn>}), and on any input that could not be read or checked. Bound by default to {@code verify}.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class LintMojo extends AbstractMojo {
  /** The bodies linted when neither {@code <includes>} nor {@code <ndjson>} is given. */
  public static final String DEFAULT_INCLUDE = "src/test/resources/**/handles/*.json";
  /** The SARIF report's file name in the output directory. */
  public static final String SARIF = "lint.sarif";
  /** The JSON report's file name in the output directory. */
  public static final String JSON = "lint.json";

  /**
   * Patterns of the body files to lint, relative to the project directory, as Maven writes them ({@code *} within a
   * name, {@code **} any directories, none included). Default, when {@code <ndjson>} is not given either:
   * {@value #DEFAULT_INCLUDE}. Patterns that match no file fail the build: a gate must not pass on nothing.
   */
  @Parameter
  private List<String> includes = new ArrayList<>();

  /** Patterns of files left out of the includes' (same syntax). */
  @Parameter
  private List<String> excludes = new ArrayList<>();

  /**
   * NDJSON request logs to lint, one body per line (the simulator's journal too): files, or directories whose
   * {@code *.ndjson} files are linted. Findings are reported at the line of their body.
   */
  @Parameter
  private List<File> ndjson = new ArrayList<>();

  /** {@code strict} (the contract) or {@code lenient} (for traffic of real clients). */
  @Parameter(property = "handlekit.lint.profile", defaultValue = "strict")
  private String profile;

  /** The language of messages and of the SARIF rules' help: {@code en} or {@code ko}. */
  @Parameter(property = "handlekit.lint.locale", defaultValue = "en")
  private String locale;

  /** Rule severities of one's own: {@code <severities><property.unknown>error</property.unknown></severities>}. */
  @Parameter
  private Map<String, String> severities = new LinkedHashMap<>();

  /** Rules not to report: {@code <ignores><ignore>property.unknown</ignore></ignores>}. */
  @Parameter
  private List<String> ignores = new ArrayList<>();

  /**
   * What fails the build: {@code error} (any finding of error severity), {@code warning} (any error or warning) or
   * {@code never} (the reports only). An input that could not be read or checked fails it in every case.
   */
  @Parameter(property = "handlekit.lint.failOn", defaultValue = "error")
  private String failOn;

  /** Where {@value #SARIF} and {@value #JSON} go. */
  @Parameter(property = "handlekit.lint.outputDirectory", defaultValue = "${project.build.directory}/handlekit")
  private File outputDirectory;

  /** Skips both handlekit goals ({@code -Dhandlekit.skip}). */
  @Parameter(property = "handlekit.skip", defaultValue = "false")
  private boolean skipGoal;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File basedir;

  /** An aggregator (modules of its own) has no bodies of its own: with only the default include, it is not linted. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** Maven creates the goal. */
  public LintMojo() {}

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipGoal) {
      getLog().info("handlekit:lint skipped (handlekit.skip)");
      return;
    }
    if (!project.getModules().isEmpty() && (includes == null || includes.isEmpty())
        && (ndjson == null || ndjson.isEmpty())) {
      // configured in a parent, the goal runs in every module; the aggregator's own has no src/test/resources
      getLog().info("handlekit:lint: nothing to lint in an aggregator without <includes> or <ndjson>: its modules "
          + "lint their own");
      return;
    }
    FailOn threshold = FailOn.parse(failOn);
    Path sarif = outputDirectory.toPath().resolve(SARIF);
    Path json = outputDirectory.toPath().resolve(JSON);
    HandlesLint.Builder builder = configured();
    LintResult result;
    LogLines text = new LogLines(getLog());
    try {
      result = builder.report(ReportFormat.TEXT, text).report(ReportFormat.SARIF, sarif)
          .report(ReportFormat.JSON, json).build().run();
    } catch (IOException e) {
      throw new MojoExecutionException("handlekit:lint: cannot write the reports into " + outputDirectory + ": "
          + e.getMessage(), e);
    } catch (RuntimeException | OutOfMemoryError e) { // one line, as the command says it, not Maven's stack trace
      throw new MojoExecutionException("handlekit:lint: the run failed: " + e, e);
    } finally {
      text.close();
    }
    for (UnreadableInput input : result.unreadable()) {
      getLog().error(input.toString());
    }
    getLog().info("Reports: " + sarif + ", " + json);
    judge(result, threshold);
  }

  private void judge(LintResult result, FailOn threshold) throws MojoFailureException {
    // Incomplete first: a run that did not read or check everything says nothing about the rest, whatever failOn is.
    if (!result.isComplete()) {
      List<String> why = new ArrayList<>();
      result.unreadable().forEach(input -> why.add(input.toString()));
      if (result.internalErrors() > 0) {
        why.add(result.internalErrors() + " input" + (result.internalErrors() == 1 ? "" : "s")
            + " could not be checked (internal.error)");
      }
      result.failure().ifPresent(why::add);
      throw new MojoFailureException("handlekit:lint did not check everything it was given: " + String.join("; ", why));
    }
    long counted = threshold == FailOn.WARNING ? result.errors() + result.warnings() : result.errors();
    if (threshold != FailOn.NEVER && counted > 0) {
      throw new MojoFailureException("handlekit:lint found " + count(result.errors(), "error") + " and "
          + count(result.warnings(), "warning") + " in " + count(result.files(), "file") + " checked"
          + " (<failOn>" + threshold.label + "</failOn>): " + rules(result) + "; the findings are above, with their "
          + "file:line:col");
    }
  }

  private static String rules(LintResult result) {
    return result.countsByRule().entrySet().stream()
        .map(e -> e.getKey().id() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
  }

  private static String count(long n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  /** The library's builder with every parameter set; a bad value stops the build here, before anything is read. */
  private HandlesLint.Builder configured() throws MojoExecutionException {
    HandlesLint.Builder builder = HandlesLint.builder().baseDirectory(basedir.toPath());
    List<String> patterns = includes == null ? List.of() : includes;
    List<File> logs = ndjson == null ? List.of() : ndjson;
    if (patterns.isEmpty() && logs.isEmpty()) {
      patterns = List.of(DEFAULT_INCLUDE);
    }
    patterns.forEach(builder::include);
    if (excludes != null) {
      excludes.forEach(builder::exclude);
    }
    logs.forEach(log -> builder.ndjsonPath(log.toPath()));
    builder.profile(choose("profile", profile, Profile.values()));
    builder.locale(locale(locale));
    try {
      if (severities != null) {
        for (Map.Entry<String, String> entry : severities.entrySet()) {
          builder.severity(rule("severities", entry.getKey()), choose("severities/" + entry.getKey(), entry.getValue(),
              Severity.values()));
        }
      }
      if (ignores != null) {
        for (String id : ignores) {
          builder.ignore(rule("ignores", id));
        }
      }
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("handlekit:lint: " + e.getMessage(), e);
    }
    return builder;
  }

  private static Rule rule(String parameter, String id) throws MojoExecutionException {
    String wanted = id == null ? "" : id.strip();
    return Rule.byId(wanted).orElseThrow(() -> new MojoExecutionException("handlekit:lint: <" + parameter
        + ">: no rule has the id \"" + wanted + "\"; the rules are: "
        + Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.joining(", "))));
  }

  private static <E extends Enum<E>> E choose(String parameter, String value, E[] values) throws MojoExecutionException {
    String wanted = value == null ? "" : value.strip();
    for (E e : values) {
      if (e.name().equalsIgnoreCase(wanted)) {
        return e;
      }
    }
    throw new MojoExecutionException("handlekit:lint: <" + parameter + "> must be one of "
        + Arrays.stream(values).map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
        + ", not \"" + wanted + "\"");
  }

  private static Locale locale(String value) throws MojoExecutionException {
    String wanted = value == null ? "" : value.strip();
    return HandlesValidator.language(wanted).orElseThrow(() -> new MojoExecutionException(
        "handlekit:lint: <locale> must be " + HandlesValidator.languageCodes() + ", not \"" + wanted + "\""));
  }

  /** What fails the build. */
  private enum FailOn {
    ERROR("error"),
    WARNING("warning"),
    NEVER("never");

    private final String label;

    FailOn(String label) {
      this.label = label;
    }

    static FailOn parse(String value) throws MojoExecutionException {
      return choose("failOn", value, values());
    }
  }
}
