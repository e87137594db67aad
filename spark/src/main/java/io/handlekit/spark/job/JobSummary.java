package io.handlekit.spark.job;

import static org.apache.spark.sql.functions.col;

import io.handlekit.spark.HandlesLint;
import java.io.PrintWriter;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The counts a job prints: bodies, invalid bodies, findings per severity, and per rule. */
record JobSummary(long bodies, long invalidBodies, long errors, long warnings, long infos, long internalErrors,
    List<Row> perRule) {

  static JobSummary of(long bodies, Dataset<Row> findings) {
    List<Row> perRule = HandlesLint.summary(findings).collectAsList();
    long errors = 0;
    long warnings = 0;
    long infos = 0;
    long internalErrors = 0;
    for (Row row : perRule) {
      long n = row.getLong(2);
      switch (row.getString(1)) {
        case "error" -> errors += n;
        case "warning" -> warnings += n;
        default -> infos += n;
      }
      if (row.getString(0).equals("internal.error")) {
        internalErrors += n;
      }
    }
    long invalid = findings.filter(col("severity").equalTo("error")).select("source", "input").distinct().count();
    return new JobSummary(bodies, invalid, errors, warnings, infos, internalErrors, perRule);
  }

  void print(PrintWriter out) {
    out.printf("%d bodies checked: %d valid, %d invalid; %d errors, %d warnings, %d infos%n",
        bodies, bodies - invalidBodies, invalidBodies, errors, warnings, infos);
    if (!perRule.isEmpty()) {
      int width = perRule.stream().mapToInt(row -> row.getString(0).length()).max().orElse(4);
      out.printf("%-" + width + "s  %-8s  %10s  %10s%n", "rule", "severity", "findings", "bodies");
      for (Row row : perRule) {
        out.printf("%-" + width + "s  %-8s  %10d  %10d%n", row.getString(0), row.getString(1), row.getLong(2), row.getLong(3));
      }
    }
  }
}
