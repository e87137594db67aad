package io.handlekit.conformance;

import io.handlekit.conformance.internal.HtmlReport;
import io.handlekit.conformance.internal.JsonReport;
import io.handlekit.conformance.internal.JunitXmlReport;
import io.handlekit.conformance.internal.TextReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a {@link ConformanceResult} as a console summary, JUnit XML, JSON and one self-contained HTML page.
 * Results hold only redacted header values, so no report can show a secret.
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
    return TextReport.of(result);
  }

  public static String junitXml(ConformanceResult result) {
    return JunitXmlReport.of(result);
  }

  public static String json(ConformanceResult result) {
    return JsonReport.of(result);
  }

  public static String html(ConformanceResult result) {
    return HtmlReport.of(result);
  }

  /**
   * Writes the four reports into {@code dir} (created if needed) and returns their paths.
   *
   * @throws UncheckedIOException when the directory or a file cannot be written
   */
  public static List<Path> writeAll(ConformanceResult result, Path dir) {
    try {
      Files.createDirectories(dir);
      Path summary = Files.writeString(dir.resolve(SUMMARY), summary(result), StandardCharsets.UTF_8);
      Path junit = Files.writeString(dir.resolve(JUNIT), junitXml(result), StandardCharsets.UTF_8);
      Path json = Files.writeString(dir.resolve(JSON), json(result), StandardCharsets.UTF_8);
      Path html = Files.writeString(dir.resolve(HTML), html(result), StandardCharsets.UTF_8);
      return List.of(summary, junit, json, html);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the reports into " + dir + ": " + e.getMessage(), e);
    }
  }
}
