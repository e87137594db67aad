package io.handlekit.cli;

import io.handlekit.validator.HandlesValidator;
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

/** {@code handlekit lint}: checks request bodies against the contract and reports what breaks it. */
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
        "2:a usage error, or a PATH that could not be read"})
final class LintCommand implements Callable<Integer> {
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
      description = "With --ndjson, validate on N threads (default: the number of processors, here ${DEFAULT-VALUE}); "
          + "the report keeps the order of the lines.")
  int jobs = Runtime.getRuntime().availableProcessors();

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
      return LintRun.VALID;
    }
    if (paths.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "Missing required parameter: 'PATH' (a file, a directory, or - for the standard input)");
    }
    if (paths.stream().filter("-"::equals).count() > 1) {
      throw new ParameterException(spec.commandLine(), "The standard input (-) can be read only once");
    }
    if (jobs < 1) {
      throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, was " + jobs);
    }
    PathArguments.Expanded expanded = PathArguments.expand(paths, ndjson ? ".ndjson" : ".json", recursive);
    for (String problem : expanded.problems()) {
      err.println("handlekit lint: " + problem);
    }
    err.flush();
    LintRun run = new LintRun(validator(), ndjson, jobs, reporter(out), err, stdin);
    int code = run.run(expanded.inputs());
    return expanded.problems().isEmpty() ? code : LintRun.USAGE_OR_IO;
  }

  private HandlesValidator validator() {
    HandlesValidator.Builder builder = HandlesValidator.builder().profile(profile).locale(locale);
    severities.forEach(builder::severity);
    ignored.forEach(builder::ignore);
    return builder.build();
  }

  private Reporter reporter(PrintWriter out) throws IOException {
    return switch (format) {
      case TEXT -> new TextReporter(out, ndjson);
      case JSON -> new JsonReporter(out);
      case SARIF -> new SarifReporter(out, VersionProvider.version(), Path.of(""));
    };
  }
}
