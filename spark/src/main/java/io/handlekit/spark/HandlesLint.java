package io.handlekit.spark;

import io.handlekit.spark.internal.Linter;
import io.handlekit.spark.internal.NdjsonLog;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Lints {@code POST /handles} request bodies on Spark: each body is validated by a {@code HandlesValidator} with the
 * given {@link LintSettings}, and every violation becomes a row of {@link #FINDINGS_SCHEMA}. Valid bodies give no
 * row; a {@code null} body is no body and gives none either.
 *
 * <p>The settings are broadcast; each executor JVM builds one validator from them on first use and shares it among
 * its tasks; the validator is never serialized. Numbering the inputs takes one Spark job, run when a {@code lint}
 * method is called; the findings themselves are computed when the returned dataset is used.
 *
 * <pre>{@code
 * HandlesLint lint = HandlesLint.of(LintSettings.builder().profile(Profile.LENIENT).build());
 * Dataset<Row> findings = lint.lint(spark.read().parquet("requests/"), "body");
 * HandlesLint.summary(findings).show();
 * }</pre>
 */
public final class HandlesLint {
  /**
   * The findings: one row per violation, in input order.
   *
   * <table>
   * <caption>columns</caption>
   * <tr><td>{@code source}</td><td>string, null</td><td>the file of an NDJSON log (its URI), or the value of the
   *     id column; null when there is neither</td></tr>
   * <tr><td>{@code input}</td><td>long</td><td>in a log, the 1-based line of the body; otherwise the 1-based place
   *     of the row in the dataset</td></tr>
   * <tr><td>{@code rule}</td><td>string</td><td>the rule's stable id, e.g. {@code guid.format}</td></tr>
   * <tr><td>{@code severity}</td><td>string</td><td>{@code error}, {@code warning} or {@code info}</td></tr>
   * <tr><td>{@code pointer}</td><td>string, null</td><td>the JSON Pointer of the offending value ({@code ""}: the
   *     root); null when the body is not JSON at all</td></tr>
   * <tr><td>{@code line}, {@code column}</td><td>int, null</td><td>the position in the body (1-based; columns in
   *     code points); in a log the line is 1 and the column is counted along the log's line; null when the
   *     violation has no position (an empty or oversized body)</td></tr>
   * <tr><td>{@code offset}</td><td>long, null</td><td>the same position as a 0-based byte offset in the body's
   *     UTF-8 form</td></tr>
   * <tr><td>{@code message}</td><td>string</td><td>the message, in the settings' locale</td></tr>
   * </table>
   */
  public static final StructType FINDINGS_SCHEMA = Linter.FINDINGS;

  /**
   * The summary: one row per rule and severity found, errors first, then warnings and infos, by rule id within
   * each: {@code rule} (string), {@code severity} (string), {@code findings} (long: how many violations),
   * {@code inputs} (long: how many bodies have at least one).
   */
  public static final StructType SUMMARY_SCHEMA = Linter.SUMMARY;

  private final LintSettings settings;
  private final Linter linter;

  private HandlesLint(LintSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.linter = new Linter(settings);
  }

  /** The lint with the default settings (strict profile, English, default limits). */
  public static HandlesLint create() {
    return of(LintSettings.defaults());
  }

  public static HandlesLint of(LintSettings settings) {
    return new HandlesLint(settings);
  }

  public LintSettings settings() {
    return settings;
  }

  /** Lints each string of {@code bodies} as one body; {@code input} is its 1-based place in the dataset. */
  public Dataset<Row> lint(Dataset<String> bodies) {
    return linter.lint(bodies.toDF("body"), "body", null);
  }

  /**
   * Lints the values of {@code column}, text ({@code string}) or UTF-8 bytes ({@code binary}: invalid UTF-8 is then
   * reported, where text has already been decoded); {@code input} is the row's 1-based place in the dataset.
   *
   * @throws IllegalArgumentException when there is no such column or it holds another type
   */
  public Dataset<Row> lint(Dataset<Row> rows, String column) {
    return linter.lint(rows, Objects.requireNonNull(column, "column"), null);
  }

  /** As {@link #lint(Dataset, String)}, with the value of {@code idColumn} (as a string) as each finding's source. */
  public Dataset<Row> lint(Dataset<Row> rows, String column, String idColumn) {
    return linter.lint(rows, Objects.requireNonNull(column, "column"), Objects.requireNonNull(idColumn, "idColumn"));
  }

  /**
   * Lints NDJSON request logs (files or directories) exactly as {@code handlekit lint --ndjson} does: one body per
   * line ({@code \n} or {@code \r\n}), blank lines skipped, the bytes as written (invalid UTF-8 is reported);
   * {@code source} is the file, {@code input} the line. Lines are not read as journal entries of
   * {@code handlekit serve}.
   */
  public Dataset<Row> lintNdjson(SparkSession spark, String... paths) {
    return linter.lint(NdjsonLog.read(spark, List.of(paths)));
  }

  /** Counts the findings per rule and severity, as {@link #SUMMARY_SCHEMA} says. */
  public static Dataset<Row> summary(Dataset<Row> findings) {
    return Linter.summary(findings);
  }
}
