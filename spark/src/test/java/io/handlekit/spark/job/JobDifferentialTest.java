package io.handlekit.spark.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.handlekit.spark.CliReport;
import io.handlekit.spark.GeneratedLog;
import io.handlekit.spark.HandlesLint;
import io.handlekit.spark.Seeds;
import io.handlekit.spark.SharedSpark;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spark-submit job on a generated log, as NDJSON and as a Parquet column, against {@code handlekit lint
 * --ndjson}: the summary counts and the findings written are the command's.
 */
@ExtendWith(SharedSpark.class)
class JobDifferentialTest {
  private static final Pattern SUMMARY = Pattern.compile(
      "(\\d+) bodies checked: (\\d+) valid, (\\d+) invalid; (\\d+) errors, (\\d+) warnings, (\\d+) infos");

  @TempDir
  Path temp;

  @Test
  void theJobCountsAndWritesWhatTheCommandReports(SparkSession spark) throws Exception {
    long seed = Seeds.next();
    try {
      GeneratedLog log = new GeneratedLog(seed, 500);
      Path file = Files.write(temp.resolve("requests.ndjson"), log.bytes);
      CliReport cli = CliReport.lint(file, List.of());
      JsonNode expected = cli.summary();

      Path ndjsonOut = temp.resolve("ndjson-findings");
      MainTest.Run run = MainTest.run(() -> spark, "--format", "json", "-o", ndjsonOut.toString(), file.toString());
      assertEquals(cli.exitCode(), run.code(), run.err());
      Matcher counts = SUMMARY.matcher(run.out());
      assertEquals(true, counts.find(), run.out());
      assertEquals(Stream.of(expected.path("bodies").asLong(), expected.path("bodies").asLong()
              - expected.path("invalidBodies").asLong(), expected.path("invalidBodies").asLong(),
              expected.path("errors").asLong(), expected.path("warnings").asLong(), expected.path("infos").asLong())
              .map(String::valueOf).toList(),
          List.of(group(counts, 1), group(counts, 2), group(counts, 3), group(counts, 4), group(counts, 5),
              group(counts, 6)));
      List<CliReport.Finding> written = spark.read().schema(HandlesLint.FINDINGS_SCHEMA).json(ndjsonOut.toString())
          .orderBy("input").collectAsList().stream().map(JobDifferentialTest::asCli).toList();
      // ordered by line only: a line's own findings keep the order the files hold them in (one file per task)
      assertEquals(sorted(cli.findings()), sorted(written));

      // The same bodies as a binary Parquet column, named by their line: the same findings, placed in the body.
      StructType schema = new StructType().add("line", DataTypes.LongType).add("body", DataTypes.BinaryType);
      List<Row> rows = new ArrayList<>();
      List<byte[]> lines = split(log.bytes);
      for (int i = 0; i < lines.size(); i++) {
        byte[] line = lines.get(i);
        if (!isBlank(line)) {
          rows.add(RowFactory.create((long) (i + 1), line));
        }
      }
      Path parquet = temp.resolve("bodies.parquet");
      spark.createDataFrame(rows, schema).write().parquet(parquet.toString());
      Path parquetOut = temp.resolve("parquet-findings");
      MainTest.Run parquetRun = MainTest.run(() -> spark, "--input-format", "parquet", "--column", "body",
          "--id-column", "line", "-o", parquetOut.toString(), parquet.toString());
      assertEquals(cli.exitCode(), parquetRun.code(), parquetRun.err());
      Matcher parquetCounts = SUMMARY.matcher(parquetRun.out());
      assertEquals(true, parquetCounts.find(), parquetRun.out());
      assertEquals(counts.group(), parquetCounts.group());
      List<String> byBody = spark.read().parquet(parquetOut.toString()).collectAsList().stream()
          .map(row -> row.getString(0) + " " + row.getString(2) + " " + row.getString(4) + " " + row.getString(8))
          .sorted().toList();
      List<String> fromCli = cli.findings().stream()
          .map(f -> f.line() + " " + f.rule() + " " + f.pointer() + " " + f.message()).sorted().toList();
      assertEquals(fromCli, byBody);
    } catch (Throwable e) {
      throw new AssertionError("Seed " + seed + ": rerun with -Dhandlekit.seed=" + seed + ": " + e.getMessage(), e);
    }
  }

  private static String group(Matcher matcher, int group) {
    return matcher.group(group);
  }

  private static List<String> sorted(List<CliReport.Finding> findings) {
    return findings.stream().map(CliReport.Finding::toString).sorted().toList();
  }

  private static CliReport.Finding asCli(Row row) {
    return new CliReport.Finding(row.getLong(1), row.getString(2), row.getString(3),
        row.isNullAt(4) ? null : row.getString(4), row.isNullAt(6) ? null : row.getInt(6), row.getString(8));
  }

  /** The log's lines as the command splits them: at \n, a \r before it dropped. */
  private static List<byte[]> split(byte[] log) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= log.length; i++) {
      if (i == log.length || log[i] == '\n') {
        if (i == log.length && start == i) {
          break;
        }
        int end = i > start && log[i - 1] == '\r' ? i - 1 : i;
        lines.add(Arrays.copyOfRange(log, start, end));
        start = i + 1;
      }
    }
    return lines;
  }

  private static boolean isBlank(byte[] line) {
    return new String(line, StandardCharsets.ISO_8859_1).chars().allMatch(c -> c == ' ' || c == '\t');
  }
}
