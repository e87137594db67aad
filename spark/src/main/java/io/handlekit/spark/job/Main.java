package io.handlekit.spark.job;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;

/**
 * The entry point for {@code spark-submit}: lints NDJSON logs or a Parquet column, writes the findings, prints the
 * summary and exits with 0 (no error found), 1 (errors found) or 2 (a usage or I/O error, or an input that could not
 * be checked). The only class of the module that owns the process: its streams, its exit code, the SparkSession's
 * end.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // UTF-8 whatever the platform's default, so that Korean messages survive a POSIX locale
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    SparkSession[] started = new SparkSession[1];
    int code;
    try {
      code = run(args, out, err, () -> {
        started[0] = SparkSession.builder().appName("handlekit-spark lint").getOrCreate();
        return started[0];
      });
    } catch (Throwable e) {
      err.println("handlekit-spark: internal error: " + e.getClass().getName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()));
      code = JobCommand.USAGE_OR_IO;
    }
    if (started[0] != null) {
      try {
        started[0].stop();
      } catch (RuntimeException e) { // the findings are written and counted: the run's exit code stands
        err.println("handlekit-spark: stopping Spark failed: " + e.getClass().getName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage()));
      }
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the job with {@code args}, starting Spark through {@code spark} only once the arguments are valid. */
  static int run(String[] args, PrintWriter out, PrintWriter err, Supplier<SparkSession> spark) {
    CommandLine commandLine = new CommandLine(new JobCommand(spark));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.registerConverter(java.util.Locale.class, new LocaleConverter());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler((e, ignored) -> {
      err.println("handlekit-spark: " + e.getMessage());
      err.println("Try 'handlekit-spark --help' for the options.");
      err.flush();
      return JobCommand.USAGE_OR_IO;
    });
    // Spark's own failures (a path that does not exist, an unreadable file): one line, never a stack trace
    commandLine.setExecutionExceptionHandler((e, ignored, parsed) -> {
      // Spark wraps what went wrong (a future's "Boxed Exception"): the innermost cause says it
      Throwable cause = e;
      while (cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
      }
      String message = describe(e);
      if (cause != e) {
        message += " (caused by " + describe(cause) + ")";
      }
      err.println("handlekit-spark: " + message);
      err.flush();
      return JobCommand.USAGE_OR_IO;
    });
    return commandLine.execute(args);
  }

  /** The class and the first line of the message: one line whatever the throwable. */
  private static String describe(Throwable e) {
    String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
    return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
  }
}
