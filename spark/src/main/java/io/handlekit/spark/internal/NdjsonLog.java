package io.handlekit.spark.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The lines of NDJSON request logs, split as {@code handlekit lint --ndjson} splits them: at {@code \n} only, a
 * {@code \r} before it dropped, kept as bytes so that invalid UTF-8 reaches the validator. Each line is numbered
 * within its file: Spark reads a large file in blocks on several tasks, so one pass counts the lines of every block
 * and the number of a block's first line is the sum of the blocks before it in the same file.
 *
 * @param lines rows of (body: bytes, source: the file's URI, block: the byte offset where its block starts)
 * @param firstLines per file, per block start, the number of the block's first line
 * @param lineCount every line, blank ones included
 * @param blankLines lines of spaces and tabs only, which are not bodies
 */
public record NdjsonLog(Dataset<Row> lines, Map<String, TreeMap<Long, Long>> firstLines, long lineCount,
    long blankLines) {

  /** Reads {@code paths} (files or directories) and counts their lines: one Spark job. */
  public static NdjsonLog read(SparkSession spark, List<String> paths) {
    Dataset<Row> raw = spark.read().option("lineSep", "\n").text(paths.toArray(String[]::new))
        .select(col("value").cast("binary").as("raw"),
            col("_metadata.file_path").as("source"),
            col("_metadata.file_block_start").as("block"));
    // a \r before the \n belongs to the line ending (CRLF); tested on the raw bytes
    Dataset<Row> lines = raw.select(expr("CASE WHEN length(raw) > 0 AND substring(raw, -1, 1) = X'0D' "
        + "THEN substring(raw, 1, length(raw) - 1) ELSE raw END").as("body"), col("source"), col("block"));
    // Counting needs no copy of a line: a blank one (spaces and tabs, then perhaps the \r of a CRLF) is told by
    // its first byte, and only lines that start blank are looked at whole.
    List<Row> blocks = raw
        .groupBy("source", "block")
        .agg(count(lit(1)).as("lines"),
            sum(when(expr("length(raw) = 0 OR (substring(raw, 1, 1) IN (X'20', X'09', X'0D') "
                + "AND CAST(raw AS STRING) RLIKE '^[ \\t]*\\r?$')"), 1).otherwise(0)).as("blank"))
        .collectAsList();
    Map<String, TreeMap<Long, Long>> counts = new HashMap<>();
    long lineCount = 0;
    long blankLines = 0;
    for (Row block : blocks) {
      long n = block.getLong(2);
      counts.computeIfAbsent(block.getString(0), source -> new TreeMap<>()).put(block.getLong(1), n);
      lineCount += n;
      blankLines += block.getLong(3);
    }
    Map<String, TreeMap<Long, Long>> firstLines = new HashMap<>();
    counts.forEach((source, sizes) -> {
      TreeMap<Long, Long> first = new TreeMap<>();
      long next = 1;
      for (Map.Entry<Long, Long> size : sizes.entrySet()) {
        first.put(size.getKey(), next);
        next += size.getValue();
      }
      firstLines.put(source, first);
    });
    return new NdjsonLog(lines, firstLines, lineCount, blankLines);
  }

  /** The lines that are bodies. */
  public long bodyCount() {
    return lineCount - blankLines;
  }

  /** The first line numbers, in a form that a broadcast ships. */
  FirstLines numbering() {
    return new FirstLines(new HashMap<>(firstLines));
  }

  /** Per file, per block start, the number of the block's first line. */
  record FirstLines(HashMap<String, TreeMap<Long, Long>> bySource) implements Serializable {
    private static final long serialVersionUID = 1L;

    long of(String source, long block) {
      return bySource.get(source).get(block);
    }
  }
}
