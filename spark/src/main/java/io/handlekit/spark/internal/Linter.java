package io.handlekit.spark.internal;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.handlekit.spark.LintSettings;
import java.util.Arrays;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/** What {@code HandlesLint} does, shared with the job. */
public final class Linter {
  /** The findings schema; see {@code HandlesLint.FINDINGS_SCHEMA}. */
  public static final StructType FINDINGS = new StructType(new StructField[] {
      field("source", DataTypes.StringType, true),
      field("input", DataTypes.LongType, false),
      field("rule", DataTypes.StringType, false),
      field("severity", DataTypes.StringType, false),
      field("pointer", DataTypes.StringType, true),
      field("line", DataTypes.IntegerType, true),
      field("column", DataTypes.IntegerType, true),
      field("offset", DataTypes.LongType, true),
      field("message", DataTypes.StringType, false)});

  /** The summary schema; see {@code HandlesLint.SUMMARY_SCHEMA}. */
  public static final StructType SUMMARY = new StructType(new StructField[] {
      field("rule", DataTypes.StringType, false),
      field("severity", DataTypes.StringType, false),
      field("findings", DataTypes.LongType, false),
      field("inputs", DataTypes.LongType, false)});

  private final LintSettings settings;

  public Linter(LintSettings settings) {
    this.settings = settings;
  }

  /**
   * Lints the values of {@code column} (text or bytes) of {@code rows}; the input number is the row's 1-based place
   * in the dataset (counting takes one Spark job, run now), the source the value of {@code idColumn}, if given.
   *
   * @throws IllegalArgumentException when a column is missing or {@code column} is neither text nor bytes
   */
  public Dataset<Row> lint(Dataset<Row> rows, String column, @Nullable String idColumn) {
    DataType type = typeOf(rows, column);
    if (!type.equals(DataTypes.StringType) && !type.equals(DataTypes.BinaryType)) {
      throw new IllegalArgumentException("column \"" + column + "\" holds " + type.simpleString()
          + "; bodies must be text (string) or bytes (binary)");
    }
    Column id = lit(null).cast(DataTypes.StringType);
    if (idColumn != null) {
      typeOf(rows, idColumn);
      id = col(idColumn).cast(DataTypes.StringType);
    }
    JavaRDD<Row> numbered = rows.select(col(column), id).javaRDD().zipWithIndex()
        .map(pair -> RowFactory.create(pair._1().get(0), pair._1().get(1), pair._2() + 1));
    return findings(rows.sparkSession(), numbered, false);
  }

  /** Lints the lines of an NDJSON log, as {@code handlekit lint --ndjson} does. */
  public Dataset<Row> lint(NdjsonLog log) {
    SparkSession spark = log.lines().sparkSession();
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Row> numbered = log.lines().javaRDD()
        .mapPartitions(new NumberLines(context.broadcast(log.numbering())));
    return findings(spark, numbered, true);
  }

  private Dataset<Row> findings(SparkSession spark, JavaRDD<Row> numbered, boolean lines) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Row> found = numbered.mapPartitions(new LintPartition(context.broadcast(new ValidatorHolder(settings)), lines));
    return spark.createDataFrame(found, FINDINGS);
  }

  /** Counts per rule and severity: errors first, then warnings, then infos; by rule id within each. */
  public static Dataset<Row> summary(Dataset<Row> findings) {
    Column rank = when(col("severity").equalTo("error"), 0).when(col("severity").equalTo("warning"), 1).otherwise(2);
    return findings.groupBy(col("rule"), col("severity"))
        .agg(count(lit(1)).as("findings"),
            // countDistinct leaves out rows with a null among its columns: a finding without a source still counts
            countDistinct(coalesce(col("source"), lit("")), col("input")).as("inputs"))
        .orderBy(rank, col("rule"));
  }

  private static DataType typeOf(Dataset<Row> rows, String column) {
    StructType schema = rows.schema();
    if (!Arrays.asList(schema.fieldNames()).contains(column)) {
      throw new IllegalArgumentException("no column \"" + column + "\"; the columns are "
          + String.join(", ", schema.fieldNames()));
    }
    return schema.apply(column).dataType();
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return new StructField(name, type, nullable, Metadata.empty());
  }
}
