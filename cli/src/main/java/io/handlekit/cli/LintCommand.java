package io.handlekit.cli;

import io.handlekit.lint.HandlesLint;
import io.handlekit.lint.LintResult;
import io.handlekit.lint.ReportFormat;
import io.handlekit.lint.UnreadableInput;
import io.handlekit.validator.Profile;
import io.handlekit.validator.Rule;
import io.handlekit.validator.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code handlekit lint}: checks request bodies against the contract and reports what breaks it. The work is the lint
 * library's ({@link HandlesLint}); the command turns options into its builder, prints what could not be read on
 * standard error and maps the result to an exit code ({@link ExitCodes#of(LintResult)}).
 */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
        "Checks POST /handles request bodies against the contract.",
        "PATH is a file, a directory (its *.json files, or *.ndjson with --ndjson, sorted by name) or - for the "
            + "standard input."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no violation of error severity",
        "1:at least one violation of error severity",
        "2:a usage error, a PATH that could not be read, or an input that could not be checked (internal.error)"})
final class LintCommand implements Callable<Integer> {
  /** The most threads {@code --jobs} may ask for (the library's cap). */
  static final int MAX_JOBS = HandlesLint.MAX_JOBS;

  @Spec
  CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json or sarif (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "strict",
      description = "strict (the contract) or lenient (for traffic of real clients: transfer and search handles "
          + "become warnings, unknown properties and contextString without /// become infos). Default: ${DEFAULT-VALUE}.")
  Profile profile;

  @Option(names = "--locale", paramLabel = "LANG", defaultValue = "en",
      description = "The language of messages: en or ko (default: ${DEFAULT-VALUE}).")
  Locale locale;

  @Option(names = "--ndjson",
      description = "Read each PATH as a request log: one body per line, blank lines skipped. Violations are "
          + "reported at the line of their body.")
  boolean ndjson;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "With --ndjson, validate on N threads, 1 to " + MAX_JOBS + " (default: the number of processors, "
          + "at most " + MAX_JOBS + ", here ${DEFAULT-VALUE}); the report keeps the order of the lines.")
  int jobs = Math.min(Runtime.getRuntime().availableProcessors(), MAX_JOBS);

  @Option(names = {"-r", "--recursive"}, description = "Look for files in the subdirectories of a directory too.")
  boolean recursive;

  @Option(names = "--severity", paramLabel = "RULE=LEVEL",
      description = "Give RULE the severity LEVEL (error, warning or info). Repeatable.")
  Map<Rule, Severity> severities = new LinkedHashMap<>();

  @Option(names = "--ignore", paramLabel = "RULE", description = "Do not report RULE. Repeatable.")
  List<Rule> ignored = new ArrayList<>();

  @Option(names = "--list-rules", description = "List the rules, with their severities in each profile, and exit.")
  boolean listRules;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files, directories, or - for the standard input.")
  List<String> paths = new ArrayList<>();

  private final InputStream stdin;

  LintCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (listRules) {
      RuleList.print(out);
      return ExitCodes.LINT_VALID;
    }
    if (paths.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "Missing required parameter: 'PATH' (a file, a directory, or - for the standard input)");
    }
    if (paths.stream().filter("-"::equals).count() > 1) {
      throw new ParameterException(spec.commandLine(), "The standard input (-) can be read only once");
    }
    if (jobs < 1 || jobs > MAX_JOBS) {
      throw new ParameterException(spec.commandLine(),
          "--jobs must be between 1 and " + MAX_JOBS + ", was " + jobs);
    }
    if (ignored.contains(Rule.INTERNAL_ERROR) || severities.containsKey(Rule.INTERNAL_ERROR)) {
      throw new ParameterException(spec.commandLine(), Rule.INTERNAL_ERROR.id()
          + " cannot be ignored or given another severity: it means that an input was not checked at all");
    }
    HandlesLint.Builder lint = HandlesLint.builder().profile(profile).locale(locale).ndjson(ndjson)
        .recursive(recursive).jobs(jobs).report(format, out);
    severities.forEach(lint::severity);
    ignored.forEach(lint::ignore);
    for (String path : paths) {
      if (path.equals("-")) {
        lint.standardInput(stdin);
      } else {
        lint.path(Path.of(path));
      }
    }
    LintResult result;
    try {
      result = lint.build().run();
    } catch (Error e) {
      // Out of memory, say, outside the checking of one input (that is reported in place): one line and exit
      // code 2, never the JVM's stack trace and exit code 1, which would read as "violations found".
      err.println("handlekit lint: internal error: " + e.getClass().getName() + "; the run did not complete");
      err.flush();
      return UsageErrorHandler.USAGE;
    }
    for (UnreadableInput unreadable : result.unreadable()) {
      err.println("handlekit lint: " + unreadable);
    }
    result.failure().ifPresent(failure -> err.println("handlekit lint: " + failure));
    long internalErrors = result.internalErrors();
    if (internalErrors > 0) {
      err.println("handlekit lint: " + internalErrors + (internalErrors == 1 ? " input was" : " inputs were")
          + " not checked because of an internal error (reported as " + Rule.INTERNAL_ERROR.id()
          + "); exit code 2");
    }
    err.flush();
    return ExitCodes.of(result);
  }
}
