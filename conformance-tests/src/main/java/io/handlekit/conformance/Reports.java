package io.handlekit.conformance;

import io.handlekit.conformance.internal.report.HtmlReport;
import io.handlekit.conformance.internal.report.JsonReport;
import io.handlekit.conformance.internal.report.JunitXmlReport;
import io.handlekit.conformance.internal.report.TextReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * Writes a {@link ConformanceResult} as a console summary, JUnit XML, JSON and one self-contained HTML page.
 * Results hold only redacted header values, so no report can show a secret. The reports name the verdict; a command
 * that ends its process with an exit code passes it to the overloads that take one, and they name it too.
 */
public final class Reports {
  /** The file names {@link #writeAll} uses. */
  public static final String SUMMARY = "conformance-summary.txt";
  public static final String JUNIT = "TEST-handlekit-conformance.xml";
  public static final String JSON = "conformance.json";
  public static final String HTML = "conformance.html";

  private Reports() {}

  /** The console summary: a line per check, then each failure with its shrunk request, curl command and seed. */
  public static String summary(ConformanceResult result) {
    return TextReport.of(result, OptionalInt.empty());
  }

  /**
   * The console summary, naming {@code exitCode} beside the verdict ("Verdict: conforms (exit code 0)"): for a
   * command that ends its process with a code of its own choosing for the verdict.
   */
  public static String summary(ConformanceResult result, int exitCode) {
    return TextReport.of(result, OptionalInt.of(exitCode));
  }

  public static String junitXml(ConformanceResult result) {
    return JunitXmlReport.of(result);
  }

  public static String json(ConformanceResult result) {
    return JsonReport.of(result, OptionalInt.empty());
  }

  /** The JSON report with an {@code exitCode} member: the code the caller's process ends with. */
  public static String json(ConformanceResult result, int exitCode) {
    return JsonReport.of(result, OptionalInt.of(exitCode));
  }

  public static String html(ConformanceResult result) {
    return HtmlReport.of(result, OptionalInt.empty());
  }

  /** The HTML page, naming {@code exitCode} beside the verdict. */
  public static String html(ConformanceResult result, int exitCode) {
    return HtmlReport.of(result, OptionalInt.of(exitCode));
  }

  /**
   * Writes the four reports into {@code dir} (created if needed) and returns their paths.
   *
   * @throws UncheckedIOException when the directory or a file cannot be written
   */
  public static List<Path> writeAll(ConformanceResult result, Path dir) {
    return writeAll(result, dir, OptionalInt.empty());
  }

  /**
   * Writes the four reports into {@code dir} as {@link #writeAll(ConformanceResult, Path)} does, each naming
   * {@code exitCode}, the code the caller's process ends with, beside the verdict.
   *
   * @throws UncheckedIOException when the directory or a file cannot be written
   */
  public static List<Path> writeAll(ConformanceResult result, Path dir, int exitCode) {
    return writeAll(result, dir, OptionalInt.of(exitCode));
  }

  private static List<Path> writeAll(ConformanceResult result, Path dir, OptionalInt exitCode) {
    try {
      Files.createDirectories(dir);
      Path summary = Files.writeString(dir.resolve(SUMMARY), TextReport.of(result, exitCode), StandardCharsets.UTF_8);
      Path junit = Files.writeString(dir.resolve(JUNIT), junitXml(result), StandardCharsets.UTF_8);
      Path json = Files.writeString(dir.resolve(JSON), JsonReport.of(result, exitCode), StandardCharsets.UTF_8);
      Path html = Files.writeString(dir.resolve(HTML), HtmlReport.of(result, exitCode), StandardCharsets.UTF_8);
      return List.of(summary, junit, json, html);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the reports into " + dir + ": " + e.getMessage(), e);
    }
  }
}
