package io.handlekit.cli;

import io.handlekit.lint.ReportFormat;
import io.handlekit.validator.Profile;
import io.handlekit.validator.Rule;
import io.handlekit.validator.Severity;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine;

/** The entry point of the {@code handlekit} executable jar. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // UTF-8 whatever the platform's default, so that Korean messages survive a POSIX locale.
    PrintWriter out = new PrintWriter(new BufferedWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int code;
    try {
      code = commandLine(System.in, out, err).execute(args);
    } catch (Throwable e) {
      // An Error escapes picocli's handlers: one line and exit code 2, never a stack trace and the JVM's exit code
      // 1, which would read as "a check failed".
      err.println("handlekit: internal error: " + e.getClass().getName());
      code = UsageErrorHandler.USAGE;
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** The command tree, reading the standard input from {@code stdin} and writing to {@code out} and {@code err}. */
  static CommandLine commandLine(InputStream stdin, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new HandlekitCommand())
        .addSubcommand(new LintCommand(stdin))
        .addSubcommand(new ServeCommand())
        .addSubcommand(new ConformanceCommand());
    commandLine.registerConverter(Rule.class, new RuleConverter());
    commandLine.registerConverter(Severity.class, new LabelConverter<>(Severity.class));
    commandLine.registerConverter(Profile.class, new LabelConverter<>(Profile.class));
    commandLine.registerConverter(ReportFormat.class, new LabelConverter<>(ReportFormat.class));
    commandLine.registerConverter(Locale.class, new LocaleConverter());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(new UsageErrorHandler());
    commandLine.setExecutionExceptionHandler(new FailureHandler());
    return commandLine;
  }
}
