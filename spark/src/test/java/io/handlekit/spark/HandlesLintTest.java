package io.handlekit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handlekit.validator.HandlesValidator;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The dataset API: bodies by place or id, the schemas, and arguments that are refused on the driver. */
@ExtendWith(SharedSpark.class)
class HandlesLintTest {
  private static final String VALID = "{\"version\":1,\"type\":\"activity\",\"sessionRef\":{\"scid\":"
      + "\"bd6c41c3-01c3-468a-a3b5-3e0fe8133862\",\"templateName\":\"deathmatch\"}}";
  private static final String MOCK = VALID.replace("bd6c41c3-01c3-468a-a3b5-3e0fe8133862", "MockScid");
  private static final String MULTI_LINE = "{\n  \"version\": 2,\n  \"type\": \"activity\",\n  \"sessionRef\": {"
      + "\"scid\":\"bd6c41c3-01c3-468a-a3b5-3e0fe8133862\",\"templateName\":\"deathmatch\"}\n}";

  @Test
  void eachStringIsABodyFoundAtItsPlaceAndPositionedInIt(SparkSession spark) {
    Dataset<String> bodies = spark.createDataset(List.of(VALID, MOCK, "", VALID, MULTI_LINE), Encoders.STRING())
        .repartition(1);
    Dataset<Row> findings = HandlesLint.create().lint(bodies);
    assertEquals(HandlesLint.FINDINGS_SCHEMA, findings.schema());
    // the validator's own report of each body, placed at the body's place in the dataset
    HandlesValidator validator = HandlesValidator.create();
    List<String> expected = new java.util.ArrayList<>();
    String[] all = {VALID, MOCK, "", VALID, MULTI_LINE};
    for (int i = 0; i < all.length; i++) {
      long input = i + 1;
      validator.validateRequest(all[i]).violations().forEach(v -> expected.add(input + " " + v.ruleId() + " "
          + v.pointer().orElse(null) + " " + v.location().map(l -> l.line() + ":" + l.column()).orElse("-")));
    }
    List<String> actual = findings.collectAsList().stream().map(r -> r.getLong(1) + " " + r.getString(2) + " "
        + r.getString(4) + " " + (r.isNullAt(5) ? "-" : r.getInt(5) + ":" + r.getInt(6))).toList();
    assertEquals(expected, actual);
    assertTrue(actual.contains("5 version.value /version 2:14"), actual.toString());
  }

  @Test
  void anIdColumnNamesTheSourceAndANullBodyIsAnEmptyOne(SparkSession spark) {
    StructType schema = new StructType().add("id", DataTypes.IntegerType).add("body", DataTypes.StringType);
    Dataset<Row> rows = spark.createDataFrame(List.of(RowFactory.create(7, MOCK), RowFactory.create(8, null),
        RowFactory.create(9, "[]")), schema);
    List<String> found = HandlesLint.create().lint(rows, "body", "id").collectAsList().stream()
        .map(r -> r.getString(0) + "@" + r.getLong(1) + " " + r.getString(2)).toList();
    assertEquals(List.of("7@1 guid.format", "8@2 input.empty", "9@3 json.not-object"), found);
  }

  @Test
  void theSummaryCountsFindingsAndBodiesPerRuleErrorsFirst(SparkSession spark) {
    Dataset<String> bodies = spark.createDataset(List.of(MOCK, MOCK, VALID.replaceFirst("\\{", "{\"x\":1,\"y\":2,"),
        MOCK.replaceFirst("\\{", "{\"z\":3,")), Encoders.STRING());
    Dataset<Row> summary = HandlesLint.summary(HandlesLint.create().lint(bodies));
    assertEquals(HandlesLint.SUMMARY_SCHEMA, summary.schema());
    assertEquals(List.of("guid.format error 3 3", "property.unknown warning 3 2"), summary.collectAsList().stream()
        .map(r -> r.getString(0) + " " + r.getString(1) + " " + r.getLong(2) + " " + r.getLong(3)).toList());
  }

  @Test
  void aColumnThatIsMissingOrNotTextIsRefusedOnTheDriver(SparkSession spark) {
    StructType schema = new StructType().add("n", DataTypes.IntegerType);
    Dataset<Row> rows = spark.createDataFrame(List.of(RowFactory.create(1)), schema);
    HandlesLint lint = HandlesLint.create();
    assertEquals("no column \"body\"; the columns are n",
        assertThrows(IllegalArgumentException.class, () -> lint.lint(rows, "body")).getMessage());
    assertEquals("column \"n\" holds int; bodies must be text (string) or bytes (binary)",
        assertThrows(IllegalArgumentException.class, () -> lint.lint(rows, "n")).getMessage());
  }

  @Test
  void settingsAreCheckedWhenBuilt() {
    assertEquals("no rule has the id \"nosuch\"", assertThrows(IllegalArgumentException.class,
        () -> LintSettings.builder().ignore("nosuch").build()).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> LintSettings.builder().maxDepth(2).build()).getMessage().contains("maxDepth"));
    assertTrue(Arrays.asList(HandlesLint.FINDINGS_SCHEMA.fieldNames()).containsAll(
        List.of("source", "input", "rule", "severity", "pointer", "line", "column", "offset", "message")));
  }
}
