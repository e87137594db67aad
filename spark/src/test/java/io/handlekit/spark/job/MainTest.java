package io.handlekit.spark.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import io.handlekit.spark.SharedSpark;

/** The job's arguments: a bad one is one clear line and exit code 2, before Spark starts; a failing input too. */
@ExtendWith(SharedSpark.class)
class MainTest {
  @TempDir
  Path temp;

  /** What a run printed and returned. */
  record Run(int code, String out, String err) {}

  static Run run(Supplier<SparkSession> spark, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), spark);
    return new Run(code, out.toString(), err.toString());
  }

  static final Supplier<SparkSession> NO_SPARK = () -> {
    throw new AssertionError("Spark must not start for bad arguments");
  };

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''|Missing required",
      "in.ndjson|Missing required option: '--output=DIR'",
      "-o out|Missing required parameter: 'INPUT'",
      "-o out --input-format parquet in|--input-format parquet needs --column NAME",
      "-o out --column body in|--column and --id-column are for --input-format parquet",
      "-o out --input-format csv in|expected one of [NDJSON, PARQUET]",
      "-o out --format avro in|expected one of [PARQUET, JSON]",
      "-o out --ignore no.such-rule in|no rule has the id \"no.such-rule\"",
      "-o out --severity guid.format=fatal in|fatal",
      "-o out --ignore internal.error in|internal.error cannot be ignored",
      "-o out --locale fr in|expected en or ko but was 'fr'",
      "-o out --max-findings 0 in|maxFindings must be positive",
      "-o out --max-depth 2 in|maxDepth must be at least 3",
      "-o out --nosuch in|Unknown option: '--nosuch'"})
  void aBadArgumentIsOneClearLineAndExitCode2(String args, String expected) {
    Run run = run(NO_SPARK, args.isEmpty() ? new String[0] : args.split(" "));
    assertEquals(2, run.code(), run.err());
    assertTrue(run.err().contains(expected), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    assertEquals("", run.out());
  }

  @Test
  void helpIsExitCode0() {
    Run run = run(NO_SPARK, "--help");
    assertEquals(0, run.code());
    assertTrue(run.out().contains("--input-format"), run.out());
  }

  @Test
  void aMissingInputIsOneLineAndExitCode2(SparkSession spark) {
    Run run = run(() -> spark, "-o", temp.resolve("out").toString(), temp.resolve("nosuch.ndjson").toString());
    assertEquals(2, run.code(), run.err());
    assertTrue(run.err().startsWith("handlekit-spark: ") && run.err().contains("nosuch.ndjson"), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  @Test
  void anExistingOutputIsKeptAndExitCode2(SparkSession spark) throws Exception {
    Path log = Files.writeString(temp.resolve("in.ndjson"), "{}\n");
    Path out = Files.createDirectories(temp.resolve("out"));
    Files.writeString(out.resolve("keep.txt"), "mine");
    Run run = run(() -> spark, "-o", out.toString(), log.toString());
    assertEquals(2, run.code(), run.err());
    assertTrue(run.err().contains("exists; remove it or give --overwrite"), run.err());
    assertEquals("mine", Files.readString(out.resolve("keep.txt")));
  }
}
