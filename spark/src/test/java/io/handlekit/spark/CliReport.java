package io.handlekit.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What {@code handlekit lint --ndjson --format json} reports on a log: the command run as a user runs it, in a JVM
 * of its own on this module's test class path, through its public surface only (arguments in, JSON out).
 */
public record CliReport(int exitCode, List<Finding> findings, JsonNode summary) {
  /** A finding as the command writes it; {@code column} null when it has none. */
  public record Finding(long line, String rule, String severity, String pointer, Integer column, String message) {}

  public static CliReport lint(Path log, List<String> options) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        "io.handlekit.cli.Main", "lint", "--ndjson", "--format", "json"));
    command.addAll(options);
    command.add(log.toString());
    File stdout = File.createTempFile("handlekit-lint", ".json");
    stdout.deleteOnExit();
    Process process = new ProcessBuilder(command)
        .redirectOutput(stdout)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("handlekit lint did not end within 120 s");
    }
    JsonNode report = new ObjectMapper().readTree(java.nio.file.Files.readString(stdout.toPath(), StandardCharsets.UTF_8));
    List<Finding> findings = new ArrayList<>();
    for (JsonNode file : report.path("files")) {
      for (JsonNode v : file.path("violations")) {
        findings.add(new Finding(v.path("line").asLong(), v.path("rule").asText(), v.path("severity").asText(),
            v.path("pointer").isNull() ? null : v.path("pointer").asText(),
            v.path("column").isNull() ? null : v.path("column").asInt(), v.path("message").asText()));
      }
    }
    return new CliReport(process.exitValue(), findings, report.path("summary"));
  }
}
