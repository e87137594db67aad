package io.handlekit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handlekit.validator.Profile;
import io.handlekit.validator.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Spark lint and {@code handlekit lint --ndjson} on the same generated log give the same findings, in the same
 * order, and every line built to break a rule is reported for it. The file is read in many small blocks, so that
 * line numbers are put together across tasks.
 */
@ExtendWith(SharedSpark.class)
class DifferentialTest {
  @TempDir
  Path temp;

  static Stream<Arguments> settings() {
    return Stream.of(
        Arguments.of(List.of(), LintSettings.defaults(), Set.of()),
        Arguments.of(
            List.of("--profile", "lenient", "--locale", "ko", "--severity", "property.unknown=error",
                "--ignore", "title-id.number"),
            LintSettings.builder().profile(Profile.LENIENT).locale(Locale.KOREAN)
                .severity("property.unknown", Severity.ERROR).ignore("title-id.number").build(),
            Set.of("title-id.number")));
  }

  @ParameterizedTest
  @MethodSource("settings")
  void sparkFindsExactlyWhatTheCommandFinds(List<String> options, LintSettings settings, Set<String> ignored,
      SparkSession spark) throws Exception {
    long seed = Seeds.next();
    try {
      GeneratedLog log = new GeneratedLog(seed, 1200);
      Path file = temp.resolve("requests.ndjson");
      Files.write(file, log.bytes);

      CliReport cli = CliReport.lint(file, options);
      List<CliReport.Finding> found;
      List<Row> perRule;
      spark.conf().set("spark.sql.files.maxPartitionBytes", "32768");
      try {
        var findings = HandlesLint.of(settings).lintNdjson(spark, file.toString()).cache();
        found = findings.collectAsList().stream().map(DifferentialTest::asCli).toList();
        perRule = HandlesLint.summary(findings).collectAsList();
        findings.unpersist();
      } finally {
        spark.conf().unset("spark.sql.files.maxPartitionBytes");
      }

      assertSameFindings(cli.findings(), found);
      assertEquals(1, cli.exitCode(), "the log has errors");

      Map<Long, Set<String>> rulesAt = new HashMap<>();
      found.forEach(f -> rulesAt.computeIfAbsent(f.line(), k -> new HashSet<>()).add(f.rule()));
      for (GeneratedLog.Line line : log.lines) {
        Set<String> rules = rulesAt.getOrDefault(line.number(), Set.of());
        if (line.rule() == null || ignored.contains(line.rule())) {
          assertEquals(Set.of(), rules, "line " + line.number() + " was built valid");
        } else {
          assertTrue(rules.contains(line.rule()), "line " + line.number() + " was built to break " + line.rule()
              + ", found " + rules);
        }
      }

      // the summary: per rule and severity, findings and the bodies that have them, as counted from the command
      Map<String, long[]> expected = new TreeMap<>();
      Map<String, Set<Long>> bodies = new HashMap<>();
      for (CliReport.Finding f : cli.findings()) {
        String key = f.rule() + " " + f.severity();
        expected.computeIfAbsent(key, k -> new long[2])[0]++;
        bodies.computeIfAbsent(key, k -> new HashSet<>()).add(f.line());
      }
      bodies.forEach((key, lines) -> expected.get(key)[1] = lines.size());
      Map<String, List<Long>> actual = perRule.stream().collect(Collectors.toMap(
          row -> row.getString(0) + " " + row.getString(1), row -> List.of(row.getLong(2), row.getLong(3)),
          (a, b) -> a, TreeMap::new));
      Map<String, List<Long>> expectedLists = new TreeMap<>();
      expected.forEach((key, counts) -> expectedLists.put(key, List.of(counts[0], counts[1])));
      assertEquals(expectedLists, actual);
      long errors = perRule.stream().filter(r -> r.getString(1).equals("error")).mapToLong(r -> r.getLong(2)).sum();
      assertEquals(cli.summary().path("errors").asLong(), errors);
    } catch (Throwable e) {
      throw new AssertionError("Seed " + seed + ": rerun with -Dhandlekit.seed=" + seed + ": " + e.getMessage(), e);
    }
  }

  /** Equal lists, or a failure that names the first finding that differs (a log has hundreds). */
  static void assertSameFindings(List<CliReport.Finding> expected, List<CliReport.Finding> actual) {
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(expected.get(i), actual.get(i), "finding " + (i + 1) + " of " + expected.size());
    }
    assertEquals(expected.size(), actual.size(), "number of findings");
  }

  static CliReport.Finding asCli(Row row) {
    return new CliReport.Finding(row.getLong(1), row.getString(2), row.getString(3),
        row.isNullAt(4) ? null : row.getString(4), row.isNullAt(6) ? null : row.getInt(6), row.getString(8));
  }
}
