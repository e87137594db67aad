package io.handlekit.spark.job;

import io.handlekit.spark.HandlesLint;
import io.handlekit.spark.LintSettings;
import io.handlekit.spark.internal.Linter;
import io.handlekit.spark.internal.NdjsonLog;
import io.handlekit.validator.HandlesValidator;
import io.handlekit.validator.Profile;
import io.handlekit.validator.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The options of the {@code spark-submit} job, and the job: lint, write the findings, print the summary. */
@Command(
    name = "handlekit-spark",
    mixinStandardHelpOptions = true,
    version = "handlekit-spark",
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
        "Lints POST /handles request bodies on Spark: NDJSON request logs (one body per line), or a column of "
            + "Parquet files; writes one row per finding and prints the counts per rule."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no violation of error severity",
        "1:at least one violation of error severity",
        "2:a usage or I/O error, or an input that could not be checked (internal.error)"})
final class JobCommand implements Callable<Integer> {
  static final int VALID = 0;
  static final int INVALID = 1;
  static final int USAGE_OR_IO = 2;

  enum InputFormat { NDJSON, PARQUET }

  enum OutputFormat { PARQUET, JSON }

  @Spec
  @Nullable CommandSpec spec;

  @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "ndjson",
      description = "ndjson (request logs, one body per line) or parquet (with --column). Default: ${DEFAULT-VALUE}.")
  InputFormat inputFormat = InputFormat.NDJSON;

  @Option(names = "--column", paramLabel = "NAME", description = "With parquet: the column of bodies, string or binary.")
  @Nullable String column;

  @Option(names = "--id-column", paramLabel = "NAME",
      description = "With parquet: a column that names each row; its value is each finding's source.")
  @Nullable String idColumn;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
      description = "Where to write the findings (a directory, as Spark writes).")
  String output = "";

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "parquet",
      description = "The findings' format: parquet or json (one object per line). Default: ${DEFAULT-VALUE}.")
  OutputFormat format = OutputFormat.PARQUET;

  @Option(names = "--overwrite", description = "Replace the output directory if it exists (else that is an error).")
  boolean overwrite;

  @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "strict",
      description = "strict (the contract) or lenient (for traffic of real clients). Default: ${DEFAULT-VALUE}.")
  Profile profile = Profile.STRICT;

  @Option(names = "--locale", paramLabel = "LANG", defaultValue = "en",
      description = "The language of messages: en or ko. Default: ${DEFAULT-VALUE}.")
  Locale locale = Locale.ENGLISH;

  @Option(names = "--severity", paramLabel = "RULE=LEVEL",
      description = "Give RULE the severity LEVEL (error, warning or info). Repeatable.")
  Map<String, Severity> severities = new LinkedHashMap<>();

  @Option(names = "--ignore", paramLabel = "RULE", description = "Do not report RULE. Repeatable.")
  List<String> ignored = new ArrayList<>();

  @Option(names = "--max-body-bytes", paramLabel = "N",
      description = "The largest body accepted, in bytes. Default: " + HandlesValidator.DEFAULT_MAX_BODY_BYTES + ".")
  int maxBodyBytes = HandlesValidator.DEFAULT_MAX_BODY_BYTES;

  @Option(names = "--max-depth", paramLabel = "N",
      description = "The deepest nesting accepted. Default: " + HandlesValidator.DEFAULT_MAX_DEPTH + ".")
  int maxDepth = HandlesValidator.DEFAULT_MAX_DEPTH;

  @Option(names = "--max-findings", paramLabel = "N",
      description = "The most violations listed per body. Default: " + HandlesValidator.DEFAULT_MAX_FINDINGS + ".")
  int maxFindings = HandlesValidator.DEFAULT_MAX_FINDINGS;

  @Parameters(paramLabel = "INPUT", arity = "1..*",
      description = "Files or directories, as Spark reads them (local paths, hdfs://, s3a://, ...).")
  List<String> inputs = new ArrayList<>();

  private final Supplier<SparkSession> spark;

  JobCommand(Supplier<SparkSession> spark) {
    this.spark = spark;
  }

  @Override
  public Integer call() throws IOException {
    LintSettings settings = settings();
    SparkSession started = spark.get();
    PrintWriter out = spec().commandLine().getOut();
    Path outputPath = new Path(output);
    if (!overwrite && outputPath.getFileSystem(started.sparkContext().hadoopConfiguration()).exists(outputPath)) {
      throw new ParameterException(spec().commandLine(),
          "the output " + output + " exists; remove it or give --overwrite");
    }
    Linter linter = new Linter(settings);
    Dataset<Row> findings;
    long bodies;
    if (inputFormat == InputFormat.NDJSON) {
      NdjsonLog log = NdjsonLog.read(started, inputs);
      bodies = log.bodyCount();
      findings = linter.lint(log);
    } else {
      Dataset<Row> rows = started.read().parquet(inputs.toArray(String[]::new));
      findings = linter.lint(rows, column, idColumn);
      bodies = rows.count(); // a null value is a body too: an empty one
    }
    String formatName = format.name().toLowerCase(Locale.ROOT);
    findings.write().mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists).format(formatName).save(output);
    // the summary is counted from what was written, so that it describes the output exactly
    Dataset<Row> written = started.read().schema(HandlesLint.FINDINGS_SCHEMA).format(formatName).load(output);
    JobSummary summary = JobSummary.of(bodies, written);
    summary.print(out);
    out.println("findings written to " + output + " (" + formatName + ")");
    out.flush();
    if (summary.internalErrors() > 0) {
      spec().commandLine().getErr().println("handlekit-spark: " + summary.internalErrors()
          + " input(s) could not be checked because of an internal error (reported as internal.error); exit code 2");
      return USAGE_OR_IO;
    }
    return summary.errors() > 0 ? INVALID : VALID;
  }

  /** The settings, or a usage error naming what is wrong; checked before Spark starts. */
  private LintSettings settings() {
    if (inputFormat == InputFormat.PARQUET && column == null) {
      throw new ParameterException(spec().commandLine(), "--input-format parquet needs --column NAME (the column of bodies)");
    }
    if (inputFormat == InputFormat.NDJSON && (column != null || idColumn != null)) {
      throw new ParameterException(spec().commandLine(),
          "--column and --id-column are for --input-format parquet; an NDJSON log has one body per line");
    }
    try {
      LintSettings.Builder builder = LintSettings.builder().profile(profile).locale(locale)
          .maxBodyBytes(maxBodyBytes).maxDepth(maxDepth).maxFindings(maxFindings);
      severities.forEach(builder::severity);
      ignored.forEach(builder::ignore);
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec().commandLine(), e.getMessage(), e);
    }
  }

  private CommandSpec spec() {
    if (spec == null) {
      throw new IllegalStateException("picocli sets the spec");
    }
    return spec;
  }
}
